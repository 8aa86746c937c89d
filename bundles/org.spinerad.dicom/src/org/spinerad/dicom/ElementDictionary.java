package org.spinerad.dicom;

import java.util.HashMap;
import java.util.Map;

import org.spinerad.dicom.internal.DictionaryData;

/**
 * VR and keyword of the attributes the product uses. Tags not listed have no
 * keyword; their VR is UN when read in Implicit VR, except group lengths (UL)
 * and private creator elements (LO).
 */
public final class ElementDictionary {

	private record Entry(VR vr, String keyword) {
	}

	private static final Map<Integer, Entry> BY_TAG = new HashMap<>();
	private static final Map<String, Integer> BY_KEYWORD = new HashMap<>();

	static {
		for (String line : DictionaryData.TABLE.split("\n")) {
			String[] parts = line.trim().split(" ");
			if (parts.length == 3) {
				int tag = Integer.parseUnsignedInt(parts[0], 16);
				BY_TAG.put(tag, new Entry(VR.valueOf(parts[1]), parts[2]));
				BY_KEYWORD.put(parts[2], tag);
			}
		}
	}

	private ElementDictionary() {
	}

	/** @return the VR of a tag; UN for unknown tags */
	public static VR vrOf(int tag) {
		Entry entry = BY_TAG.get(tag);
		if (entry != null) {
			return entry.vr();
		}
		if (Tag.isGroupLength(tag)) {
			return VR.UL;
		}
		if (Tag.isPrivate(tag) && Tag.element(tag) >= 0x0010 && Tag.element(tag) <= 0x00FF) {
			return VR.LO;
		}
		return VR.UN;
	}

	/** @return the keyword, e.g. {@code PatientName}, or null for an unknown tag */
	public static String keywordOf(int tag) {
		Entry entry = BY_TAG.get(tag);
		return entry == null ? null : entry.keyword();
	}

	/** @return the tag of a keyword, or -1 when unknown */
	public static int tagOf(String keyword) {
		Integer tag = BY_KEYWORD.get(keyword);
		return tag == null ? -1 : tag;
	}

	/** @return whether the tag is in the dictionary */
	public static boolean contains(int tag) {
		return BY_TAG.containsKey(tag);
	}
}
