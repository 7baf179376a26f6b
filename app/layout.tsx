import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { DocumentHtml } from "@/components/i18n/document-html";
import { MAIN_CONTENT_ID } from "@/components/ui/main-content";
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
        <a href={`#${MAIN_CONTENT_ID}`} className="skip-link">
          Skip to content
        </a>
        {children}
      </body>
    </DocumentHtml>
  );
}
