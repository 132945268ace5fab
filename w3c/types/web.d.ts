// Minimal declarations of the web classes nodeshim provides beside the
// sockets, for projects that use neither lib "dom" nor @types/node.
// (With either of those, include sockets.d.ts alone.)

interface EventInit {
  bubbles?: boolean;
  cancelable?: boolean;
  composed?: boolean;
}
interface Event {
  readonly type: string;
  readonly target: EventTarget | null;
  readonly currentTarget: EventTarget | null;
  readonly timeStamp: number;
  readonly defaultPrevented: boolean;
  readonly cancelable: boolean;
  readonly bubbles: boolean;
  readonly isTrusted: boolean;
  readonly eventPhase: number;
  preventDefault(): void;
  stopPropagation(): void;
  stopImmediatePropagation(): void;
}
declare var Event: { prototype: Event; new (type: string, eventInitDict?: EventInit): Event };

interface EventListener { (evt: Event): void }
interface EventListenerObject { handleEvent(object: Event): void }
type EventListenerOrEventListenerObject = EventListener | EventListenerObject;
interface AddEventListenerOptions {
  capture?: boolean;
  once?: boolean;
  passive?: boolean;
  signal?: AbortSignal;
}
interface EventTarget {
  addEventListener(type: string, callback: EventListenerOrEventListenerObject | null, options?: AddEventListenerOptions | boolean): void;
  removeEventListener(type: string, callback: EventListenerOrEventListenerObject | null, options?: { capture?: boolean } | boolean): void;
  dispatchEvent(event: Event): boolean;
}
declare var EventTarget: { prototype: EventTarget; new (): EventTarget };

interface MessageEventInit<T = any> extends EventInit {
  data?: T;
  origin?: string;
  lastEventId?: string;
}
interface MessageEvent<T = any> extends Event {
  readonly data: T;
  readonly origin: string;
  readonly lastEventId: string;
  readonly source: null;
  readonly ports: readonly unknown[];
}
declare var MessageEvent: { prototype: MessageEvent; new <T>(type: string, eventInitDict?: MessageEventInit<T>): MessageEvent<T> };

declare var ErrorEvent: { prototype: SocketErrorEvent; new (type: string, eventInitDict?: SocketErrorEventInit): SocketErrorEvent };
declare var CloseEvent: { prototype: SocketCloseEvent; new (type: string, eventInitDict?: SocketCloseEventInit): SocketCloseEvent };

interface BlobPropertyBag {
  type?: string;
  endings?: "transparent" | "native";
}
interface Blob {
  readonly size: number;
  readonly type: string;
  slice(start?: number, end?: number, contentType?: string): Blob;
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
  bytes(): Promise<Uint8Array>;
}
declare var Blob: { prototype: Blob; new (blobParts?: Iterable<string | ArrayBuffer | ArrayBufferView | Blob>, options?: BlobPropertyBag): Blob };

interface DOMException extends Error {
  readonly code: number;
  readonly message: string;
  readonly name: string;
}
declare var DOMException: { prototype: DOMException; new (message?: string, name?: string): DOMException };

interface AbortSignal extends EventTarget {
  readonly aborted: boolean;
  readonly reason: any;
  onabort: ((this: AbortSignal, ev: Event) => any) | null;
  throwIfAborted(): void;
}
declare var AbortSignal: {
  prototype: AbortSignal;
  abort(reason?: any): AbortSignal;
  timeout(milliseconds: number): AbortSignal;
  any(signals: AbortSignal[]): AbortSignal;
};
interface AbortController {
  readonly signal: AbortSignal;
  abort(reason?: any): void;
}
declare var AbortController: { prototype: AbortController; new (): AbortController };

interface TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}
declare var TextEncoder: { prototype: TextEncoder; new (): TextEncoder };
interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string;
}
declare var TextDecoder: { prototype: TextDecoder; new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder };

/** The WHATWG WebSocket; sockets.d.ts adds the Socket members nodeshim's has. */
interface WebSocket extends EventTarget {
  readonly CONNECTING: 0;
  readonly OPEN: 1;
  readonly CLOSING: 2;
  readonly CLOSED: 3;
  readonly url: string;
  readonly readyState: number;
  readonly bufferedAmount: number;
  readonly extensions: string;
  readonly protocol: string;
  binaryType: "blob" | "arraybuffer";
  onopen: ((this: WebSocket, ev: Event) => any) | null;
  onmessage: ((this: WebSocket, ev: MessageEvent) => any) | null;
  onerror: ((this: WebSocket, ev: Event) => any) | null;
  onclose: ((this: WebSocket, ev: SocketCloseEvent) => any) | null;
  close(code?: number, reason?: string): void;
  send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void;
}
declare var WebSocket: {
  prototype: WebSocket;
  readonly CONNECTING: 0;
  readonly OPEN: 1;
  readonly CLOSING: 2;
  readonly CLOSED: 3;
  new (url: string, protocols?: string | string[], options?: WebSocketOptions): WebSocket;
};

declare function queueMicrotask(callback: () => void): void;
declare function setTimeout(handler: (...args: any[]) => void, timeout?: number, ...args: any[]): any;
declare function clearTimeout(id: any): void;
declare function setInterval(handler: (...args: any[]) => void, timeout?: number, ...args: any[]): any;
declare function clearInterval(id: any): void;
