package org.spinerad.dicom;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.UUID;

/** UIDs of the standard the product uses, and new UIDs derived from UUIDs. */
public final class UIDs {

	private UIDs() {
	}

	/** Implicit VR Little Endian: Default Transfer Syntax for DICOM. */
	public static final String IMPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2";
	/** Explicit VR Little Endian. */
	public static final String EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";
	/** Deflated Explicit VR Little Endian (not supported by this codec). */
	public static final String DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1.99";
	/** Explicit VR Big Endian (retired; not supported by this codec). */
	public static final String EXPLICIT_VR_BIG_ENDIAN = "1.2.840.10008.1.2.2";

	/** Media Storage Directory Storage (DICOMDIR). */
	public static final String MEDIA_STORAGE_DIRECTORY_STORAGE = "1.2.840.10008.1.3.10";
	/** MR Image Storage. */
	public static final String MR_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.4";
	/** Enhanced MR Image Storage. */
	public static final String ENHANCED_MR_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.4.1";
	/** Basic Text SR Storage. */
	public static final String BASIC_TEXT_SR_STORAGE = "1.2.840.10008.5.1.4.1.1.88.11";
	/** Enhanced SR Storage. */
	public static final String ENHANCED_SR_STORAGE = "1.2.840.10008.5.1.4.1.1.88.22";
	/** Comprehensive SR Storage. */
	public static final String COMPREHENSIVE_SR_STORAGE = "1.2.840.10008.5.1.4.1.1.88.33";

	/**
	 * Our Implementation Class UID (0002,0012): a UUID-derived UID made once
	 * for this product.
	 */
	public static final String IMPLEMENTATION_CLASS_UID = "2.25.325026399691207534061328578251780407546";
	/** Our Implementation Version Name (0002,0013), at most 16 characters. */
	public static final String IMPLEMENTATION_VERSION_NAME = "SPINERAD_0_1";

	/** @return a new UID {@code 2.25.<UUID as unsigned integer>} (PS3.5 B.2) */
	public static String newUid() {
		return fromUuid(UUID.randomUUID());
	}

	/** @return the 2.25 UID of a UUID */
	public static String fromUuid(UUID uuid) {
		ByteBuffer b = ByteBuffer.allocate(16);
		b.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
		return "2.25." + new BigInteger(1, b.array());
	}

	/**
	 * @return true for a syntactically valid UID: 1 to 64 characters, components
	 *         of digits without leading zeros, separated by single dots
	 */
	public static boolean isValid(String uid) {
		if (uid == null || uid.isEmpty() || uid.length() > 64) {
			return false;
		}
		for (String component : uid.split("\\.", -1)) {
			if (component.isEmpty() || (component.length() > 1 && component.charAt(0) == '0')) {
				return false;
			}
			for (int i = 0; i < component.length(); i++) {
				if (component.charAt(i) < '0' || component.charAt(i) > '9') {
					return false;
				}
			}
		}
		return true;
	}
}
