import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { assertSafeStorageKey, type FileStorage } from "./file-storage";

export type S3StorageOptions = {
  bucket: string;
  region: string;
  /** An S3-compatible server (MinIO, Ceph, R2, …); unset means AWS S3 itself. */
  endpoint?: string;
  /** bucket-in-the-path URLs, which most self-hosted S3-compatible servers need. */
  forcePathStyle: boolean;
};

/**
 * Files in an S3 bucket, for app instances that share no disk. Credentials come from the SDK's
 * standard chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, web identity, the
 * container or instance role), so no secret passes through Trellis's own configuration.
 */
export function createS3Storage(options: S3StorageOptions, client: S3Client = createS3Client(options)): FileStorage {
  const { bucket } = options;
  const objectKey = (key: string) => {
    assertSafeStorageKey(key);
    return key;
  };
  const getObject = async (key: string) => {
    try {
      return (await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey(key) }))).Body ?? null;
    } catch (error) {
      if (isMissingObject(error)) return null;
      throw error;
    }
  };

  return {
    async put(key, bytes, contentType) {
      // A PUT replaces the object whole or not at all: no reader ever sees half a file.
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: objectKey(key),
          Body: bytes,
          ContentType: contentType,
          ContentLength: bytes.byteLength,
        }),
      );
    },
    async get(key) {
      const body = await getObject(key);
      return body ? body.transformToByteArray() : null;
    },
    async stream(key) {
      const body = await getObject(key);
      return body ? (body.transformToWebStream() as ReadableStream<Uint8Array>) : null;
    },
    async delete(key) {
      // S3 answers a delete of a missing key with success, which is what erasure retries need.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
    },
    async *listWrittenBefore(prefix, before) {
      // A PUT is whole or absent, so there is no unfinished write to find here.
      let continuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: continuationToken }),
        );
        for (const object of page.Contents ?? []) {
          if (object.Key && object.LastModified && object.LastModified < before) yield object.Key;
        }
        continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (continuationToken);
    },
  };
}

export function createS3Client({ region, endpoint, forcePathStyle }: S3StorageOptions): S3Client {
  return new S3Client({
    region,
    endpoint,
    forcePathStyle,
    // The SDK's default CRC checksums (since 3.729) are refused by several S3-compatible
    // servers: send and check them only where an operation requires one.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

function isMissingObject(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404);
}
