package org.spinerad.dicom;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One data element: tag, VR and value. The value is one of: the raw bytes as
 * encoded in Little Endian (text not yet decoded), the items of a sequence, or
 * a {@link BulkData} reference to a value left in its file.
 */
public final class Element {

	private final int tag;
	private final VR vr;
	private final byte[] bytes;
	private final List<DataSet> items;
	private final BulkData bulkData;
	private final long offset;

	Element(int tag, VR vr, byte[] bytes, List<DataSet> items, BulkData bulkData, long offset) {
		this.tag = tag;
		this.vr = vr;
		this.bytes = bytes;
		this.items = items;
		this.bulkData = bulkData;
		this.offset = offset;
	}

	/** @return the tag */
	public int tag() {
		return tag;
	}

	/** @return the VR */
	public VR vr() {
		return vr;
	}

	/**
	 * @return the byte offset of the element header in the file it was read
	 *         from, or -1 for an element made in memory
	 */
	public long offset() {
		return offset;
	}

	/** @return true for a sequence (SQ, or UN of undefined length read as one) */
	public boolean isSequence() {
		return items != null;
	}

	/** @return true when the value was left in the file */
	public boolean isBulkData() {
		return bulkData != null;
	}

	/**
	 * @return the raw value bytes (the array itself, do not change it); empty for
	 *         sequences and bulk data
	 */
	public byte[] bytes() {
		return bytes == null ? new byte[0] : bytes;
	}

	/** @return the items of a sequence (mutable), or an empty list */
	public List<DataSet> items() {
		return items == null ? List.of() : items;
	}

	/** @return the bulk data reference, or null */
	public BulkData bulkData() {
		return bulkData;
	}

	/** @return the value length in bytes as read or as held (sequences: -1) */
	public long length() {
		if (items != null) {
			return -1;
		}
		return bulkData != null ? bulkData.length() : bytes.length;
	}

	/** @return true when the value is empty (zero-length value or sequence without items) */
	public boolean isEmpty() {
		return items != null ? items.isEmpty() : bulkData == null && bytes.length == 0;
	}

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof Element e)) {
			return false;
		}
		return tag == e.tag && vr == e.vr && Arrays.equals(bytes(), e.bytes()) && Objects.equals(items, e.items)
				&& Objects.equals(bulkData, e.bulkData);
	}

	@Override
	public int hashCode() {
		return Objects.hash(tag, vr, Arrays.hashCode(bytes()), items);
	}

	@Override
	public String toString() {
		return Tag.describe(tag) + " " + vr + (items != null ? " " + items.size() + " item(s)"
				: bulkData != null ? " bulk " + bulkData.length() + " bytes" : " #" + bytes.length);
	}
}
