package org.spinerad.dicom.internal;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Random-access Little Endian input of known size: a file read through a
 * buffer, or bytes in memory. Skipping moves the position without reading, so
 * pixel data is never read. Reading past the end throws {@link EOFException};
 * callers check lengths against {@link #remaining()} first to report better.
 */
public abstract class ByteSource implements Closeable {

	/** @return a source on a file, read through an 8 KiB buffer (small, so the bytes after a header are rarely read) */
	public static ByteSource of(Path file) throws IOException {
		return new FileSource(FileChannel.open(file, StandardOpenOption.READ));
	}

	/** @return a source on bytes in memory (not copied) */
	public static ByteSource of(byte[] bytes) {
		return new ArraySource(bytes);
	}

	/** @return the total size in bytes */
	public abstract long size();

	/** @return the current position */
	public abstract long position();

	/** Moves to a position between 0 and {@link #size()}. */
	public abstract void seek(long position) throws IOException;

	/** Reads {@code length} bytes into {@code target}. */
	public abstract void read(byte[] target, int offset, int length) throws IOException;

	/** @return the bytes left after the position */
	public long remaining() {
		return size() - position();
	}

	/** Skips bytes without reading them. */
	public void skip(long length) throws IOException {
		if (length > remaining()) {
			throw new EOFException();
		}
		seek(position() + length);
	}

	private final byte[] scratch = new byte[8];

	/** @return an unsigned 16-bit Little Endian value */
	public int u16() throws IOException {
		read(scratch, 0, 2);
		return (scratch[0] & 0xFF) | (scratch[1] & 0xFF) << 8;
	}

	/** @return a 32-bit Little Endian value (as int; unsigned use via Integer.toUnsignedLong) */
	public int i32() throws IOException {
		read(scratch, 0, 4);
		return (scratch[0] & 0xFF) | (scratch[1] & 0xFF) << 8 | (scratch[2] & 0xFF) << 16 | (scratch[3] & 0xFF) << 24;
	}

	/** @return a tag: group (Little Endian 16 bits) then element */
	public int tag() throws IOException {
		read(scratch, 0, 4);
		int group = (scratch[0] & 0xFF) | (scratch[1] & 0xFF) << 8;
		int element = (scratch[2] & 0xFF) | (scratch[3] & 0xFF) << 8;
		return group << 16 | element;
	}

	/** @return two bytes as a big-endian 16-bit code (for VR characters) */
	public int code16() throws IOException {
		read(scratch, 0, 2);
		return (scratch[0] & 0xFF) << 8 | (scratch[1] & 0xFF);
	}

	/** @return the next {@code length} bytes */
	public byte[] bytes(int length) throws IOException {
		byte[] b = new byte[length];
		read(b, 0, length);
		return b;
	}

	private static final class ArraySource extends ByteSource {
		private final byte[] bytes;
		private int pos;

		ArraySource(byte[] bytes) {
			this.bytes = bytes;
		}

		@Override
		public long size() {
			return bytes.length;
		}

		@Override
		public long position() {
			return pos;
		}

		@Override
		public void seek(long position) throws IOException {
			if (position < 0 || position > bytes.length) {
				throw new EOFException();
			}
			pos = (int) position;
		}

		@Override
		public void read(byte[] target, int offset, int length) throws IOException {
			if (length > bytes.length - pos) {
				throw new EOFException();
			}
			System.arraycopy(bytes, pos, target, offset, length);
			pos += length;
		}

		@Override
		public void close() {
			// nothing to release
		}
	}

	private static final class FileSource extends ByteSource {
		private static final int BUFFER = 8 * 1024;
		private final FileChannel channel;
		private final long size;
		private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
		private long bufferStart;
		private int bufferLength;
		private long pos;

		FileSource(FileChannel channel) throws IOException {
			this.channel = channel;
			this.size = channel.size();
		}

		@Override
		public long size() {
			return size;
		}

		@Override
		public long position() {
			return pos;
		}

		@Override
		public void seek(long position) throws IOException {
			if (position < 0 || position > size) {
				throw new EOFException();
			}
			pos = position;
		}

		@Override
		public void read(byte[] target, int offset, int length) throws IOException {
			if (length > size - pos) {
				throw new EOFException();
			}
			while (length > 0) {
				if (pos >= bufferStart && pos < bufferStart + bufferLength) {
					int from = (int) (pos - bufferStart);
					int n = Math.min(length, bufferLength - from);
					System.arraycopy(buffer.array(), from, target, offset, n);
					offset += n;
					length -= n;
					pos += n;
				} else if (length >= BUFFER) {
					ByteBuffer direct = ByteBuffer.wrap(target, offset, length);
					while (direct.hasRemaining()) {
						if (channel.read(direct, pos + (direct.position() - offset)) < 0) {
							throw new EOFException();
						}
					}
					pos += length;
					return;
				} else {
					fill();
				}
			}
		}

		private void fill() throws IOException {
			buffer.clear();
			bufferStart = pos;
			while (buffer.hasRemaining()) {
				int n = channel.read(buffer, bufferStart + buffer.position());
				if (n < 0) {
					break;
				}
			}
			bufferLength = buffer.position();
			if (bufferLength == 0) {
				throw new EOFException();
			}
		}

		@Override
		public void close() throws IOException {
			channel.close();
		}
	}
}
