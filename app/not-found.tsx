import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <p className="text-5xl font-bold text-brand-600">404</p>
      <h1 className="mt-4 text-xl font-semibold">页面不存在</h1>
      <p className="mt-2 text-stone-600">您访问的内容不存在或已被移除。</p>
      <Link href="/" className="mt-6 inline-block rounded-lg bg-action px-4 py-2 text-on-action hover:bg-action-hover">
        返回首页
      </Link>
    </main>
  );
}
