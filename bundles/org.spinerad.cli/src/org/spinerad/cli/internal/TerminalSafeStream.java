package org.spinerad.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Output for a terminal: control characters that could move the cursor,
 * rewrite the screen or send escape sequences to the terminal (ESC, BEL, NUL,
 * CR, the C1 controls, ...) are shown in caret notation ({@code ^[} for ESC,
 * {@code ^@} for NUL) instead of being passed on. Line feeds, tabs and the
 * CR LF line separator pass.
 * Works on the encoded bytes: in UTF-8 and the ASCII-compatible charsets a
 * byte below 0x20 is always a character of its own, and a C1 control is
 * the two bytes {@code C2 80..9F} in UTF-8.
 */
final class TerminalSafeStream extends FilterOutputStream {

	private final boolean utf8;
	private boolean pendingC2;
	private boolean pendingCr;

	/** @param charset the charset the bytes written are encoded in */
	TerminalSafeStream(OutputStream target, Charset charset) {
		super(target);
		this.utf8 = StandardCharsets.UTF_8.equals(charset);
	}

	@Override
	public void write(int b) throws IOException {
		ByteArrayOutputStream safe = new ByteArrayOutputStream(8);
		filter(b, safe);
		safe.writeTo(out);
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		ByteArrayOutputStream safe = new ByteArrayOutputStream(len + 16);
		for (int i = off; i < off + len; i++) {
			filter(b[i], safe);
		}
		safe.writeTo(out);
	}

	private void filter(int b, ByteArrayOutputStream out) {
		int c = b & 0xFF;
		if (pendingCr) {
			pendingCr = false;
			if (c == '\n') {
				out.write('\r'); // a line separator (CR LF), not a return to the start of the line
				out.write(c);
				return;
			}
			out.write('^');
			out.write('M');
		}
		if (pendingC2) {
			pendingC2 = false;
			if (c >= 0x80 && c <= 0x9F) {
				out.write('?'); // a C1 control character (e.g. CSI U+009B)
				return;
			}
			out.write(0xC2);
		}
		if (utf8 && c == 0xC2) {
			pendingC2 = true;
		} else if (c == '\r') {
			pendingCr = true;
		} else if (c == '\n' || c == '\t') {
			out.write(c);
		} else if (c < 0x20) {
			out.write('^');
			out.write(c + 0x40);
		} else if (c == 0x7F) {
			out.write('^');
			out.write('?');
		} else {
			out.write(c);
		}
	}

	@Override
	public void flush() throws IOException {
		if (pendingC2) {
			pendingC2 = false;
			out.write(0xC2);
		}
		if (pendingCr) {
			pendingCr = false;
			out.write('^');
			out.write('M');
		}
		super.flush();
	}
}
