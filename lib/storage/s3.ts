import { AwsClient } from "aws4fetch";
import { isStorageKey } from "@/lib/storage/keys";
import type { MediaStorage } from "@/lib/storage/index";

// An S3-compatible bucket (AWS, MinIO, R2, ...), signed with SigV4 by aws4fetch (no dependencies,
// Node's own fetch). Path-style addressing: works with every S3-compatible server.
// Not exercised by the test suite (no bucket on the closed network); the local store is.
export class S3Storage implements MediaStorage {
  private readonly client: AwsClient;
  private readonly base: string;

  constructor(options: {
    bucket: string;
    endpoint: string;
    region: string;
    accessKeyId: string;
    secretAccessKey: string;
  }) {
    this.client = new AwsClient({
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
      region: options.region,
      service: "s3",
    });
    this.base = `${options.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(options.bucket)}`;
  }

  private url(key: string): string {
    if (!isStorageKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
    return `${this.base}/${key}`;
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const response = await this.client.fetch(this.url(key), {
      method: "PUT",
      body: new Uint8Array(bytes),
      headers: { "content-type": contentType },
    });
    if (!response.ok) throw new Error(`S3 PUT ${key} failed: ${response.status}`);
  }

  async get(key: string): Promise<Buffer | null> {
    if (!isStorageKey(key)) return null;
    const response = await this.client.fetch(this.url(key), { method: "GET" });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`S3 GET ${key} failed: ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const response = await this.client.fetch(this.url(key), { method: "DELETE" });
    if (!response.ok && response.status !== 404) throw new Error(`S3 DELETE ${key} failed: ${response.status}`);
  }
}
