import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "党课学堂", template: "%s · 党课学堂" },
  description: "党建课程学习、练习与测验",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#c81e1e" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-dvh font-sans">{children}</body>
    </html>
  );
}
