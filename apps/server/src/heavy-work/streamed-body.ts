/**
 * A request body gathered as it arrives (decision 0600). Fastify's own reader keeps every chunk and joins them once
 * the body has ended: for a 44 MB upload that join, and the collection of the chunks after it, held the event loop
 * for a long moment on every upload. Here each chunk is copied into one buffer as it comes (sized from
 * `content-length` when the client sends it, grown by doubling otherwise), so the body is never joined, and the
 * route's size limit is checked on every chunk: the 413 goes out as soon as the limit is passed, not once the whole
 * body has been received. The finished buffer is a whole `ArrayBuffer` of its own, so it can be moved to a worker
 * thread without a copy.
 */
import type { IncomingMessage } from "node:http";
import { errorCodes } from "fastify";

/** The first buffer when the client did not say how long the body is; it doubles as needed, up to the limit. */
const UNSIZED_START_BYTES = 64 * 1024;

function declaredLength(payload: IncomingMessage): number | undefined {
  const header = payload.headers["content-length"];
  if (header === undefined) return undefined;
  const length = Number(header);
  return Number.isSafeInteger(length) && length >= 0 ? length : Number.NaN;
}

/**
 * The body's bytes, or the error Fastify's own reader gives (too large: 413; a length that does not match what
 * was sent: 400), as a rejected promise.
 */
export function readBodyStreaming(payload: IncomingMessage, limitBytes: number): Promise<Uint8Array> {
  const declared = declaredLength(payload);
  if (declared !== undefined && Number.isNaN(declared)) {
    return Promise.reject(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
  }
  if (declared !== undefined && declared > limitBytes) {
    // Refused before a byte is read: the client said how much it would send.
    return Promise.reject(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
  }
  return new Promise((resolve, reject) => {
    let bytes = new Uint8Array(declared ?? Math.min(UNSIZED_START_BYTES, limitBytes));
    let received = 0;
    const stop = (error: Error) => {
      payload.removeListener("data", onData);
      payload.removeListener("end", onEnd);
      payload.removeListener("error", onError);
      // Nothing more is kept: once the answer is sent, Node reads and drops what the client still sends.
      reject(error);
    };
    const onData = (chunk: Buffer | string) => {
      const piece = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      const total = received + piece.byteLength;
      if (total > limitBytes) {
        stop(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
        return;
      }
      if (declared !== undefined && total > declared) {
        stop(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
        return;
      }
      if (total > bytes.byteLength) {
        const grown = new Uint8Array(Math.min(limitBytes, Math.max(total, bytes.byteLength * 2)));
        grown.set(bytes.subarray(0, received));
        bytes = grown;
      }
      bytes.set(piece, received);
      received = total;
    };
    const onEnd = () => {
      payload.removeListener("data", onData);
      payload.removeListener("error", onError);
      if (declared !== undefined && received !== declared) {
        reject(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
        return;
      }
      // A body of the declared length fills its buffer exactly; an unsized one is trimmed to what came.
      resolve(received === bytes.byteLength ? bytes : bytes.slice(0, received));
    };
    const onError = (error: Error) => {
      payload.removeListener("data", onData);
      payload.removeListener("end", onEnd);
      reject(error);
    };
    payload.on("data", onData);
    payload.on("end", onEnd);
    payload.on("error", onError);
  });
}
