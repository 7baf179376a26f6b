import type { ReactNode } from "react";
import { CareersFooter } from "@/components/careers/careers-footer";

// Each careers page renders its own header (it names the employer the page is about).
export default function CareersLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <CareersFooter />
    </>
  );
}
