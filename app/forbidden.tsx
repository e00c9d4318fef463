import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <p className="text-5xl font-bold text-brand-600">403</p>
      <h1 className="mt-4 text-xl font-semibold">无权访问</h1>
      <p className="mt-2 text-stone-600">您的账号没有查看此页面的权限。如需访问，请联系管理员。</p>
      <Link href="/" className="mt-6 inline-block rounded-lg bg-action px-4 py-2 text-on-action hover:bg-action-hover">
        返回首页
      </Link>
    </main>
  );
}
