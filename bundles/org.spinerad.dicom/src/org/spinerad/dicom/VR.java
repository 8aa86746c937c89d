package org.spinerad.dicom;

/**
 * Value Representations of DICOM PS3.5 section 6.2, with what the codec needs
 * to know about each: the length field of the explicit VR header, the padding
 * byte, and whether the value is text affected by the Specific Character Set.
 */
public enum VR {
	AE(Kind.TEXT, false, ' '), AS(Kind.TEXT, false, ' '), AT(Kind.BINARY, false, 0), CS(Kind.TEXT, false, ' '),
	DA(Kind.TEXT, false, ' '), DS(Kind.TEXT, false, ' '), DT(Kind.TEXT, false, ' '), FL(Kind.BINARY, false, 0),
	FD(Kind.BINARY, false, 0), IS(Kind.TEXT, false, ' '), LO(Kind.CHARSET_TEXT, false, ' '),
	LT(Kind.CHARSET_TEXT, false, ' '), OB(Kind.BINARY, true, 0), OD(Kind.BINARY, true, 0), OF(Kind.BINARY, true, 0),
	OL(Kind.BINARY, true, 0), OV(Kind.BINARY, true, 0), OW(Kind.BINARY, true, 0), PN(Kind.CHARSET_TEXT, false, ' '),
	SH(Kind.CHARSET_TEXT, false, ' '), SL(Kind.BINARY, false, 0), SQ(Kind.SEQUENCE, true, 0),
	SS(Kind.BINARY, false, 0), ST(Kind.CHARSET_TEXT, false, ' '), SV(Kind.BINARY, true, 0),
	TM(Kind.TEXT, false, ' '), UC(Kind.CHARSET_TEXT, true, ' '), UI(Kind.TEXT, false, 0), UL(Kind.BINARY, false, 0),
	UN(Kind.BINARY, true, 0), UR(Kind.TEXT, true, ' '), US(Kind.BINARY, false, 0), UT(Kind.CHARSET_TEXT, true, ' '),
	UV(Kind.BINARY, true, 0);

	private enum Kind {
		TEXT, CHARSET_TEXT, BINARY, SEQUENCE
	}

	private final Kind kind;
	private final boolean longLength;
	private final byte padding;
	private final int code;

	VR(Kind kind, boolean longLength, int padding) {
		this.kind = kind;
		this.longLength = longLength;
		this.padding = (byte) padding;
		this.code = (name().charAt(0) << 8) | name().charAt(1);
	}

	private static final VR[] BY_CODE = new VR[1 << 16];
	static {
		for (VR vr : values()) {
			BY_CODE[vr.code] = vr;
		}
	}

	/**
	 * @param code the two VR characters as read from an explicit VR header,
	 *             first character in the high byte
	 * @return the VR, or null when the two bytes are no VR
	 */
	public static VR ofCode(int code) {
		return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
	}

	/** @return the two characters, first in the high byte */
	public int code() {
		return code;
	}

	/**
	 * @return true when the explicit VR header has two reserved bytes and a
	 *         32-bit length (PS3.5 7.1.2), false for a 16-bit length
	 */
	public boolean hasLongLength() {
		return longLength;
	}

	/** @return the byte that pads a value to even length */
	public byte padding() {
		return padding;
	}

	/** @return true for string VRs (the value is characters) */
	public boolean isText() {
		return kind == Kind.TEXT || kind == Kind.CHARSET_TEXT;
	}

	/** @return true for text whose characters depend on the Specific Character Set */
	public boolean usesCharacterSet() {
		return kind == Kind.CHARSET_TEXT;
	}

	/** @return true for text VRs holding one value that may contain a backslash */
	public boolean isSingleValuedText() {
		return this == LT || this == ST || this == UT || this == UR;
	}

	/** @return true for SQ */
	public boolean isSequence() {
		return kind == Kind.SEQUENCE;
	}
}
