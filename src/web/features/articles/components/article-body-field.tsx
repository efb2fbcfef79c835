import { useState } from "react";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { Textarea } from "../../../components/ui/textarea";
import { cn } from "../../../lib/cn";
import { MarkdownPreview } from "./markdown-preview";
import { ToggleGroup } from "./toggle-group";

type Props = { value: string; error: string | undefined; onChange: (value: string) => void };

/**
 * The article in Markdown beside its preview on a wide screen; on a phone, one or the other.
 */
export function ArticleBodyField({ value, error, onChange }: Props) {
  const [showing, setShowing] = useState<"write" | "preview">("write");
  const errorId = error ? "article-body-error" : undefined;
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>The article</CardTitle>
          <CardDescription>
            Written in Markdown: a blank line between paragraphs, ## for a heading, - for a list,
            [words](https://…) for a link. HTML is shown as text, and pictures are left out.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent className="space-y-3">
        <ToggleGroup
          legend="Show"
          options={[
            { value: "write", label: "Write" },
            { value: "preview", label: "Preview" },
          ]}
          value={showing}
          onChange={setShowing}
          className="lg:hidden"
        />
        <div className="grid gap-4 lg:grid-cols-2">
          <div className={cn("space-y-1.5", showing === "preview" && "hidden lg:block")}>
            <label htmlFor="article-body" className="text-sm font-medium text-slate-900">
              Text, in Markdown
            </label>
            <Textarea
              id="article-body"
              name="body"
              rows={18}
              value={value}
              aria-invalid={error ? true : undefined}
              aria-describedby={errorId}
              className="font-mono text-sm"
              onChange={(e) => onChange(e.target.value)}
            />
            {error ? (
              <p id={errorId} className="text-sm font-medium text-red-700">
                {error}
              </p>
            ) : null}
          </div>
          <section
            aria-labelledby="article-preview-heading"
            className={cn("space-y-1.5", showing === "write" && "hidden lg:block")}
          >
            <h3 id="article-preview-heading" className="text-sm font-medium text-slate-900">
              Preview, as the public page shows it
            </h3>
            <MarkdownPreview body={value} id="article-preview" />
          </section>
        </div>
      </CardContent>
    </Card>
  );
}
