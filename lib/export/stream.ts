// A response body from an async source of text chunks, pulled one chunk at a time: the next
// database batch is read only when the client has taken the previous one (backpressure), so an
// export of any size holds one batch in memory. A client that goes away cancels the source.
export function textStream(source: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await source.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (error) {
          console.error("[export] the stream failed half-way", error);
          controller.error(error);
        }
      },
      async cancel() {
        await source.return(undefined);
      },
    },
    // one chunk queued ahead at most
    { highWaterMark: 1 },
  );
}

/** Headers of a download: its type, a file name, and no caching of a changing catalogue. */
export function downloadHeaders({ contentType, filename }: { contentType: string; filename: string }) {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "no-store",
  };
}
