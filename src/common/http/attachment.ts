/** A file to download, named for the person saving it. */
export function attachment(body: string, contentType: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'content-type': `${contentType}; charset=utf-8`,
      'content-disposition': `attachment; filename="${filename}"`,
    },
  });
}
