import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "./ui/card";

/** A card that stands for a page's usual content, e.g. "This exercise was withdrawn". */
export function NoticeCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card className="max-w-3xl">
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4 text-slate-700">{children}</CardContent>
    </Card>
  );
}
