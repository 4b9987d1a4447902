import "server-only";
import { env } from "@/lib/env";
import { LocalStorage } from "@/lib/storage/local";
import { S3Storage } from "@/lib/storage/s3";

// Where uploaded media bytes live. Keys are random (lib/storage/keys.ts), never a user's file
// name. The local folder (DATA_DIR/media) is the default; S3_BUCKET (+ S3_ENDPOINT, credentials)
// switches to an S3-compatible bucket, so several app servers can share one store.
export type MediaStorage = {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** null when there is no such object */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
};

let instance: MediaStorage | undefined;

export function getStorage(): MediaStorage {
  if (!instance) {
    instance = env.S3_BUCKET
      ? new S3Storage({
          bucket: env.S3_BUCKET,
          endpoint: env.S3_ENDPOINT ?? `https://s3.${env.S3_REGION}.amazonaws.com`,
          region: env.S3_REGION,
          accessKeyId: env.S3_ACCESS_KEY_ID ?? "",
          secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? "",
        })
      : new LocalStorage(`${env.DATA_DIR}/media`);
  }
  return instance;
}
