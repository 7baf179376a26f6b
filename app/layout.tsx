import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { DocumentHtml, SkipToContent } from "@/components/i18n/document-html";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Careers", template: "%s" },
  description: "Open positions and applications.",
};

export const viewport: Viewport = {
  themeColor: "#0b5d4b",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <DocumentHtml>
      <body>
        <SkipToContent />
        {children}
      </body>
    </DocumentHtml>
  );
}
