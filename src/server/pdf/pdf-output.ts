type Doc = PDFKit.PDFDocument;

/** The document's bytes once it ends; call before writing to it. */
export function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

/** "360-report-ana-lopez.pdf": the client's name in plain ASCII, safe in any header. */
export function pdfFileName(kind: string, clientName: string): string {
  const slug = clientName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${kind}-${slug || "client"}.pdf`;
}
