/**
 * A minimal in-memory WASI (preview1) host for running command-line programs such as
 * Flite: argv, stdout/stderr capture, one preopened directory whose files live in memory,
 * and proc_exit. It implements exactly the imports a program declares from this set and
 * answers ENOSYS for any other.
 *
 * Why not node:wasi: on Node 20, when the garbage collector finalises an old `WASI` object
 * while another one is inside path_open, uvwasi_destroy aborts the process
 * (uv_mutex_destroy → abort()). Running many utterances in one process hits it within a
 * few calls. This shim has no native state, needs no temporary files and prints no
 * ExperimentalWarning.
 */

const ESUCCESS = 0;
const EBADF = 8;
const EINVAL = 28;
const ENOENT = 44;
const ENOSYS = 52;
const ESPIPE = 70;

const FILETYPE_CHARACTER_DEVICE = 2;
const FILETYPE_DIRECTORY = 3;
const FILETYPE_REGULAR_FILE = 4;
const OFLAGS_CREAT = 1;
const OFLAGS_TRUNC = 8;
const ALL_RIGHTS = 0xffff_ffff_ffff_ffffn;
const PREOPEN_FD = 3;

class ProcExit {
  constructor(readonly code: number) {}
}

interface OpenFile {
  name: string;
  position: number;
}

export interface WasiRun {
  exitCode: number;
  /** Files the program created in the preopened directory, by name. */
  files: Map<string, Uint8Array>;
  stdout: string;
  stderr: string;
}

/** Growable byte buffer for an in-memory file. */
class FileData {
  bytes = new Uint8Array(4096);
  length = 0;

  write(at: number, chunk: Uint8Array): void {
    const end = at + chunk.length;
    if (end > this.bytes.length) {
      const grown = new Uint8Array(Math.max(end, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(chunk, at);
    this.length = Math.max(this.length, end);
  }

  contents(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/**
 * Runs `module`'s _start with `args` (args[0] is the program name) and a preopened
 * directory named `preopenName` (e.g. "/out").
 */
export function runWasi(module: WebAssembly.Module, args: string[], preopenName = '/out'): WasiRun {
  const encoder = new TextEncoder();
  const argBytes = args.map((a) => encoder.encode(`${a}\0`));
  const files = new Map<string, FileData>();
  const open = new Map<number, OpenFile>();
  let nextFd = PREOPEN_FD + 1;
  const out = { stdout: [] as Uint8Array[], stderr: [] as Uint8Array[] };
  let memory: WebAssembly.Memory | null = null;
  const view = (): DataView => new DataView(memory!.buffer);
  const bytes = (): Uint8Array => new Uint8Array(memory!.buffer);
  const readString = (ptr: number, len: number): string => new TextDecoder().decode(bytes().subarray(ptr, ptr + len));

  const imports: Record<string, (...a: never[]) => number> = {
    args_sizes_get: (argcPtr: number, bufSizePtr: number) => {
      view().setUint32(argcPtr, argBytes.length, true);
      view().setUint32(bufSizePtr, argBytes.reduce((n, a) => n + a.length, 0), true);
      return ESUCCESS;
    },
    args_get: (argvPtr: number, bufPtr: number) => {
      let at = bufPtr;
      argBytes.forEach((a, i) => {
        view().setUint32(argvPtr + 4 * i, at, true);
        bytes().set(a, at);
        at += a.length;
      });
      return ESUCCESS;
    },
    environ_sizes_get: (countPtr: number, sizePtr: number) => {
      view().setUint32(countPtr, 0, true);
      view().setUint32(sizePtr, 0, true);
      return ESUCCESS;
    },
    environ_get: () => ESUCCESS,
    // A fixed clock keeps runs reproducible.
    clock_time_get: (_id: number, _precision: bigint, timePtr: number) => {
      view().setBigUint64(timePtr, 0n, true);
      return ESUCCESS;
    },
    fd_prestat_get: (fd: number, bufPtr: number) => {
      if (fd !== PREOPEN_FD) return EBADF;
      view().setUint8(bufPtr, 0); // preopen type: directory
      view().setUint32(bufPtr + 4, encoder.encode(preopenName).length, true);
      return ESUCCESS;
    },
    fd_prestat_dir_name: (fd: number, pathPtr: number, pathLen: number) => {
      if (fd !== PREOPEN_FD) return EBADF;
      bytes().set(encoder.encode(preopenName).subarray(0, pathLen), pathPtr);
      return ESUCCESS;
    },
    fd_fdstat_get: (fd: number, bufPtr: number) => {
      const type = fd <= 2 ? FILETYPE_CHARACTER_DEVICE : fd === PREOPEN_FD ? FILETYPE_DIRECTORY : open.has(fd) ? FILETYPE_REGULAR_FILE : -1;
      if (type < 0) return EBADF;
      const v = view();
      v.setUint8(bufPtr, type);
      v.setUint16(bufPtr + 2, 0, true);
      v.setBigUint64(bufPtr + 8, ALL_RIGHTS, true);
      v.setBigUint64(bufPtr + 16, ALL_RIGHTS, true);
      return ESUCCESS;
    },
    fd_fdstat_set_flags: (fd: number) => (fd <= PREOPEN_FD || open.has(fd) ? ESUCCESS : EBADF),
    path_open: (dirFd: number, _dirFlags: number, pathPtr: number, pathLen: number, oflags: number, _rb: bigint, _ri: bigint, _fdFlags: number, fdPtr: number) => {
      if (dirFd !== PREOPEN_FD) return EBADF;
      const name = readString(pathPtr, pathLen).replace(/^\.?\//, '');
      if (!name || name.includes('..')) return EINVAL;
      let data = files.get(name);
      if (!data) {
        if (!(oflags & OFLAGS_CREAT)) return ENOENT;
        files.set(name, (data = new FileData()));
      } else if (oflags & OFLAGS_TRUNC) {
        data.length = 0;
      }
      const fd = nextFd++;
      open.set(fd, { name, position: 0 });
      view().setUint32(fdPtr, fd, true);
      return ESUCCESS;
    },
    fd_write: (fd: number, iovsPtr: number, iovsLen: number, nwrittenPtr: number) => {
      const file = open.get(fd);
      if (fd !== 1 && fd !== 2 && !file) return EBADF;
      let written = 0;
      for (let i = 0; i < iovsLen; i++) {
        const ptr = view().getUint32(iovsPtr + 8 * i, true);
        const len = view().getUint32(iovsPtr + 8 * i + 4, true);
        const chunk = bytes().slice(ptr, ptr + len);
        if (file) {
          files.get(file.name)!.write(file.position, chunk);
          file.position += len;
        } else {
          (fd === 1 ? out.stdout : out.stderr).push(chunk);
        }
        written += len;
      }
      view().setUint32(nwrittenPtr, written, true);
      return ESUCCESS;
    },
    fd_read: (fd: number, iovsPtr: number, iovsLen: number, nreadPtr: number) => {
      const file = open.get(fd);
      if (fd !== 0 && !file) return EBADF;
      let read = 0;
      if (file) {
        const data = files.get(file.name)!;
        for (let i = 0; i < iovsLen; i++) {
          const ptr = view().getUint32(iovsPtr + 8 * i, true);
          const len = view().getUint32(iovsPtr + 8 * i + 4, true);
          const chunk = data.bytes.subarray(file.position, Math.min(data.length, file.position + len));
          bytes().set(chunk, ptr);
          file.position += chunk.length;
          read += chunk.length;
          if (chunk.length < len) break;
        }
      }
      view().setUint32(nreadPtr, read, true);
      return ESUCCESS;
    },
    fd_seek: (fd: number, offset: bigint, whence: number, newOffsetPtr: number) => {
      const file = open.get(fd);
      if (!file) return fd <= 2 ? ESPIPE : EBADF;
      const base = whence === 0 ? 0 : whence === 1 ? file.position : whence === 2 ? files.get(file.name)!.length : -1;
      const position = base + Number(offset);
      if (base < 0 || position < 0) return EINVAL;
      file.position = position;
      view().setBigUint64(newOffsetPtr, BigInt(position), true);
      return ESUCCESS;
    },
    fd_close: (fd: number) => (open.delete(fd) || fd <= PREOPEN_FD ? ESUCCESS : EBADF),
    proc_exit: (code: number) => {
      throw new ProcExit(code);
    },
  };

  const wasiImports: Record<string, (...a: never[]) => number> = {};
  for (const { module: from, name } of WebAssembly.Module.imports(module)) {
    if (from === 'wasi_snapshot_preview1') wasiImports[name] = imports[name] ?? (() => ENOSYS);
  }
  const instance = new WebAssembly.Instance(module, { wasi_snapshot_preview1: wasiImports });
  memory = instance.exports.memory as WebAssembly.Memory;
  let exitCode = 0;
  try {
    (instance.exports._start as () => void)();
  } catch (error) {
    if (!(error instanceof ProcExit)) throw error;
    exitCode = error.code;
  }
  const text = (chunks: Uint8Array[]): string => new TextDecoder().decode(Buffer.concat(chunks));
  return {
    exitCode,
    files: new Map([...files].map(([name, data]) => [name, data.contents()])),
    stdout: text(out.stdout),
    stderr: text(out.stderr),
  };
}
