package org.spinerad.dicom;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * The character repertoire of a data set, from Specific Character Set
 * (0008,0005), PS3.3 C.12.1.1.2 and PS3.5 section 6.1.
 * <p>
 * Supported: the default repertoire (absent or empty; bytes above 0x7F, which
 * the standard does not allow, are decoded as ISO 8859-1 so nothing is lost),
 * ISO_IR 100 (Latin-1), ISO_IR 192 (UTF-8), the other single-byte ISO 8859
 * parts (ISO_IR 101, 109, 110, 126, 127, 138, 144, 148, 203), ISO_IR 166
 * (TIS 620), GB18030 and GBK. The same terms with code extensions ("ISO 2022
 * IR 100") are decoded with their base repertoire after escape sequences are
 * removed; switching to multi-byte sets by escape sequences is not supported.
 */
public final class SpecificCharacterSet {

	private static final Map<String, Charset> TERMS = Map.ofEntries(
			Map.entry("ISO_IR 6", StandardCharsets.US_ASCII), Map.entry("ISO 2022 IR 6", StandardCharsets.US_ASCII),
			Map.entry("ISO_IR 100", StandardCharsets.ISO_8859_1),
			Map.entry("ISO 2022 IR 100", StandardCharsets.ISO_8859_1),
			Map.entry("ISO_IR 101", Charset.forName("ISO-8859-2")),
			Map.entry("ISO 2022 IR 101", Charset.forName("ISO-8859-2")),
			Map.entry("ISO_IR 109", Charset.forName("ISO-8859-3")),
			Map.entry("ISO 2022 IR 109", Charset.forName("ISO-8859-3")),
			Map.entry("ISO_IR 110", Charset.forName("ISO-8859-4")),
			Map.entry("ISO 2022 IR 110", Charset.forName("ISO-8859-4")),
			Map.entry("ISO_IR 144", Charset.forName("ISO-8859-5")),
			Map.entry("ISO 2022 IR 144", Charset.forName("ISO-8859-5")),
			Map.entry("ISO_IR 127", Charset.forName("ISO-8859-6")),
			Map.entry("ISO 2022 IR 127", Charset.forName("ISO-8859-6")),
			Map.entry("ISO_IR 126", Charset.forName("ISO-8859-7")),
			Map.entry("ISO 2022 IR 126", Charset.forName("ISO-8859-7")),
			Map.entry("ISO_IR 138", Charset.forName("ISO-8859-8")),
			Map.entry("ISO 2022 IR 138", Charset.forName("ISO-8859-8")),
			Map.entry("ISO_IR 148", Charset.forName("ISO-8859-9")),
			Map.entry("ISO 2022 IR 148", Charset.forName("ISO-8859-9")),
			Map.entry("ISO_IR 203", Charset.forName("ISO-8859-15")),
			Map.entry("ISO 2022 IR 203", Charset.forName("ISO-8859-15")),
			Map.entry("ISO_IR 166", Charset.forName("TIS-620")),
			Map.entry("ISO 2022 IR 166", Charset.forName("TIS-620")),
			Map.entry("ISO_IR 192", StandardCharsets.UTF_8), Map.entry("GB18030", Charset.forName("GB18030")),
			Map.entry("GBK", Charset.forName("GBK")));

	/** The default repertoire (no Specific Character Set). */
	public static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet(new String[0],
			StandardCharsets.ISO_8859_1, false, true);
	/** ISO_IR 192: Unicode in UTF-8. */
	public static final SpecificCharacterSet UTF_8 = new SpecificCharacterSet(new String[] { "ISO_IR 192" },
			StandardCharsets.UTF_8, false, false);

	private final String[] terms;
	private final Charset charset;
	private final boolean codeExtensions;
	private final boolean asciiOnlyForWriting;

	private SpecificCharacterSet(String[] terms, Charset charset, boolean codeExtensions,
			boolean asciiOnlyForWriting) {
		this.terms = terms;
		this.charset = charset;
		this.codeExtensions = codeExtensions;
		this.asciiOnlyForWriting = asciiOnlyForWriting;
	}

	/**
	 * @param values the values of Specific Character Set (0008,0005)
	 * @return the character set
	 * @throws IllegalArgumentException naming the term when it is not supported
	 */
	public static SpecificCharacterSet of(String... values) {
		if (values == null || values.length == 0 || (values.length == 1 && values[0].isBlank())) {
			return DEFAULT;
		}
		String first = values[0].strip();
		boolean extensions = values.length > 1 || first.startsWith("ISO 2022");
		Charset charset;
		if (first.isEmpty()) {
			charset = StandardCharsets.ISO_8859_1; // ISO 2022 IR 6 as the first value, written empty
		} else {
			charset = TERMS.get(first);
			if (charset == null) {
				throw new IllegalArgumentException("unsupported Specific Character Set '" + first
						+ "'; supported: ISO_IR 100, ISO_IR 192 and other single-byte ISO 8859 sets, GB18030, GBK");
			}
		}
		if (charset.equals(StandardCharsets.US_ASCII)) {
			charset = StandardCharsets.ISO_8859_1; // lenient decoding of stray 8-bit bytes
		}
		return new SpecificCharacterSet(values.clone(), charset, extensions, false);
	}

	/** @return the defined terms, empty for the default repertoire */
	public String[] terms() {
		return terms.clone();
	}

	/** @return the Java character set used for decoding */
	public Charset charset() {
		return charset;
	}

	/** Decodes a text value of a VR that depends on the character set. */
	public String decode(byte[] bytes) {
		if (codeExtensions) {
			bytes = withoutEscapeSequences(bytes);
		}
		return new String(bytes, charset);
	}

	/**
	 * Encodes text.
	 *
	 * @throws IllegalArgumentException when the text has characters this
	 *                                  character set cannot encode (e.g. non-ASCII
	 *                                  text in the default repertoire)
	 */
	public byte[] encode(String text) {
		CharsetEncoder encoder = (asciiOnlyForWriting ? StandardCharsets.US_ASCII : charset).newEncoder()
				.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
			return Arrays.copyOf(buffer.array(), buffer.limit());
		} catch (CharacterCodingException e) {
			throw new IllegalArgumentException("text cannot be encoded in Specific Character Set "
					+ (terms.length == 0 ? "(default repertoire)" : String.join("\\", terms))
					+ "; set Specific Character Set (0008,0005) to ISO_IR 192 first", e);
		}
	}

	private static byte[] withoutEscapeSequences(byte[] bytes) {
		int escape = -1;
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0x1B) {
				escape = i;
				break;
			}
		}
		if (escape < 0) {
			return bytes;
		}
		byte[] out = new byte[bytes.length];
		int n = 0;
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0x1B) {
				// ESC, then intermediate bytes 0x20-0x2F, then one final byte 0x30-0x7E
				i++;
				while (i < bytes.length && bytes[i] >= 0x20 && bytes[i] <= 0x2F) {
					i++;
				}
				continue;
			}
			out[n++] = bytes[i];
		}
		return Arrays.copyOf(out, n);
	}

	@Override
	public String toString() {
		return terms.length == 0 ? "(default repertoire)" : String.join("\\", terms);
	}
}
