package org.spinerad.dicom;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A DICOM data set (or sequence item): elements in ascending tag order, with
 * typed accessors. Text is kept as encoded and decoded on access with the
 * Specific Character Set in force: this data set's own (0008,0005), else its
 * parent's.
 */
public final class DataSet implements Iterable<Element> {

	private final TreeMap<Integer, Element> elements = new TreeMap<>(Integer::compareUnsigned);
	private DataSet parent;
	private SpecificCharacterSet characterSet;

	/** A new, empty top-level data set. */
	public DataSet() {
	}

	/** A new, empty item nested in {@code parent} (inherits its character set). */
	public DataSet(DataSet parent) {
		this.parent = parent;
	}

	/** @return the data set this item is nested in, or null at the top level */
	public DataSet parent() {
		return parent;
	}

	/** @return the character set that applies to the text of this data set */
	public SpecificCharacterSet characterSet() {
		if (characterSet != null) {
			return characterSet;
		}
		return parent != null ? parent.characterSet() : SpecificCharacterSet.DEFAULT;
	}

	// ---- elements

	/** @return the element with this tag, or null */
	public Element get(int tag) {
		return elements.get(tag);
	}

	/** @return whether an element with this tag is present (possibly empty) */
	public boolean contains(int tag) {
		return elements.containsKey(tag);
	}

	/** @return the removed element, or null */
	public Element remove(int tag) {
		Element removed = elements.remove(tag);
		if (tag == Tag.SpecificCharacterSet) {
			characterSet = null;
		}
		return removed;
	}

	/** @return the number of elements */
	public int size() {
		return elements.size();
	}

	/** @return the elements in tag order (read-only view) */
	public Collection<Element> elements() {
		return Collections.unmodifiableCollection(elements.values());
	}

	@Override
	public Iterator<Element> iterator() {
		return elements().iterator();
	}

	/**
	 * @return a new top-level data set with the elements of these tags that are
	 *         present (shared, they are immutable) and this data set's character
	 *         set; to keep a few attributes of a large data set
	 */
	public DataSet subset(int... tags) {
		DataSet copy = new DataSet();
		copy.characterSet = characterSet();
		for (int tag : tags) {
			Element e = elements.get(tag);
			if (e != null) {
				copy.elements.put(tag, e);
			}
		}
		return copy;
	}

	/** Adds or replaces an element (used by the reader; checks nothing). */
	void put(Element element) {
		elements.put(element.tag(), element);
	}

	/** Sets the character set of this data set as resolved by the reader. */
	void characterSet(SpecificCharacterSet set) {
		this.characterSet = set;
	}

	// ---- text

	/** @return the first value of a text element, trimmed; null when absent or empty */
	public String getString(int tag) {
		String[] values = getStrings(tag);
		return values.length == 0 || values[0].isEmpty() ? null : values[0];
	}

	/** @return the first value, or {@code defaultValue} when absent or empty */
	public String getString(int tag, String defaultValue) {
		String value = getString(tag);
		return value == null ? defaultValue : value;
	}

	/**
	 * @return all values of a text element (split at backslashes, except for
	 *         LT, ST, UT and UR), each trimmed as PS3.5 6.2 allows; empty when
	 *         absent or empty
	 */
	public String[] getStrings(int tag) {
		Element e = elements.get(tag);
		if (e == null || e.isSequence() || e.isBulkData() || e.bytes().length == 0) {
			return new String[0];
		}
		VR vr = e.vr();
		if (!vr.isText() && vr != VR.UN) {
			throw new DicomValueException(Tag.describe(tag) + " is " + vr + ", not text" + at(e));
		}
		String text = vr.usesCharacterSet() ? characterSet().decode(e.bytes())
				: new String(e.bytes(), StandardCharsets.ISO_8859_1);
		return TextValues.split(vr, text);
	}

	/**
	 * Sets a text element; several values are joined with backslashes.
	 *
	 * @throws IllegalArgumentException when the VR is not text or the text
	 *                                  cannot be encoded in the character set
	 */
	public DataSet setString(int tag, VR vr, String... values) {
		if (!vr.isText()) {
			throw new IllegalArgumentException(Tag.describe(tag) + ": " + vr + " is not a text VR");
		}
		String text = values.length == 1 ? Objects.requireNonNullElse(values[0], "")
				: String.join("\\", values);
		if (tag == Tag.SpecificCharacterSet) {
			characterSet = SpecificCharacterSet.of(values);
		}
		byte[] bytes = vr.usesCharacterSet() ? characterSet().encode(text) : TextValues.ascii(tag, text);
		elements.put(tag, new Element(tag, vr, bytes, null, null, -1));
		return this;
	}

	/** Sets a text element with the VR of the dictionary. */
	public DataSet setString(int tag, String... values) {
		return setString(tag, ElementDictionary.vrOf(tag), values);
	}

	/** Sets an element to an empty value (Type 2 attributes). */
	public DataSet setEmpty(int tag, VR vr) {
		elements.put(tag, vr.isSequence() ? new Element(tag, vr, null, new ArrayList<>(), null, -1)
				: new Element(tag, vr, new byte[0], null, null, -1));
		return this;
	}

	// ---- numbers

	/**
	 * @return the first value as an int (US, SS, UL, SL, IS), or null when absent or
	 *         empty
	 * @throws DicomValueException when the value is not an integer or the VR is not
	 *                             numeric
	 */
	public Integer getInt(int tag) {
		int[] values = getInts(tag);
		return values.length == 0 ? null : values[0];
	}

	/** @return all values as ints; empty when absent */
	public int[] getInts(int tag) {
		Element e = elements.get(tag);
		if (e == null || e.isSequence() || e.isBulkData()) {
			return new int[0];
		}
		return NumberValues.ints(this, tag, e);
	}

	/**
	 * @return the first value as a double (DS, FL, FD, or any integer VR), or
	 *         null when absent or empty
	 * @throws DicomValueException when the value is not a number
	 */
	public Double getDouble(int tag) {
		double[] values = getDoubles(tag);
		return values.length == 0 ? null : values[0];
	}

	/** @return all values as doubles; empty when absent */
	public double[] getDoubles(int tag) {
		Element e = elements.get(tag);
		if (e == null || e.isSequence() || e.isBulkData()) {
			return new double[0];
		}
		return NumberValues.doubles(this, tag, e);
	}

	/** Sets integers in a binary VR (US, SS, UL, SL) or as an Integer String. */
	public DataSet setInt(int tag, VR vr, int... values) {
		if (vr == VR.IS) {
			return setString(tag, VR.IS, NumberValues.integerStrings(values));
		}
		elements.put(tag, new Element(tag, vr, NumberValues.binary(tag, vr, values), null, null, -1));
		return this;
	}

	/** Sets a Decimal String (at most 16 characters per value, PS3.5 6.2). */
	public DataSet setDecimal(int tag, double... values) {
		return setString(tag, VR.DS, NumberValues.decimalStrings(values));
	}

	// ---- binary

	/** Sets a binary value (OB, OW, UN, ...) as given, in Little Endian. */
	public DataSet setBytes(int tag, VR vr, byte[] value) {
		if (vr.isSequence()) {
			throw new IllegalArgumentException(Tag.describe(tag) + ": use newSequence for SQ");
		}
		elements.put(tag, new Element(tag, vr, value.clone(), null, null, -1));
		return this;
	}

	/** @return the raw bytes of a value, or null when absent, a sequence or bulk data */
	public byte[] getBytes(int tag) {
		Element e = elements.get(tag);
		return e == null || e.isSequence() || e.isBulkData() ? null : e.bytes().clone();
	}

	/** @return the bulk data reference of a value left in its file, or null */
	public BulkData getBulkData(int tag) {
		Element e = elements.get(tag);
		return e == null ? null : e.bulkData();
	}

	// ---- sequences

	/**
	 * Creates (or replaces) a sequence without items.
	 *
	 * @return the mutable item list; add items made with {@link #addItem(int)}
	 */
	public List<DataSet> newSequence(int tag) {
		List<DataSet> items = new ArrayList<>();
		elements.put(tag, new Element(tag, VR.SQ, null, items, null, -1));
		return items;
	}

	/** Adds a new empty item to a sequence, creating the sequence when absent. */
	public DataSet addItem(int tag) {
		Element e = elements.get(tag);
		List<DataSet> items = e != null && e.isSequence() ? e.items() : newSequence(tag);
		DataSet item = new DataSet(this);
		items.add(item);
		return item;
	}

	/** @return the items of a sequence; empty when absent or not a sequence */
	public List<DataSet> getSequence(int tag) {
		Element e = elements.get(tag);
		return e == null ? List.of() : e.items();
	}

	/** @return the first item of a sequence, or null */
	public DataSet getItem(int tag) {
		List<DataSet> items = getSequence(tag);
		return items.isEmpty() ? null : items.get(0);
	}

	// ---- dates and times

	/**
	 * @return a Date (DA) value, or null when absent or empty
	 * @throws DicomValueException when it is not YYYYMMDD
	 */
	public LocalDate getDate(int tag) {
		String s = getString(tag);
		return s == null ? null : DateTimeValues.parseDate(tag, s, elements.get(tag));
	}

	/**
	 * @return a Time (TM) value, HH[MM[SS[.F{1-6}]]], or null when absent or empty
	 * @throws DicomValueException when malformed
	 */
	public LocalTime getTime(int tag) {
		String s = getString(tag);
		return s == null ? null : DateTimeValues.parseTime(tag, s, elements.get(tag));
	}

	/**
	 * @return the date of {@code dateTag} combined with the time of
	 *         {@code timeTag} (midnight when the time is absent), or null when
	 *         the date is absent
	 */
	public LocalDateTime getDateTime(int dateTag, int timeTag) {
		LocalDate date = getDate(dateTag);
		if (date == null) {
			return null;
		}
		LocalTime time = getTime(timeTag);
		return date.atTime(time == null ? LocalTime.MIDNIGHT : time);
	}

	/** Sets a DA value. */
	public DataSet setDate(int tag, LocalDate date) {
		return setString(tag, VR.DA, DateTimeValues.formatDate(date));
	}

	/** Sets a TM value HHMMSS (with fractions when the time has them). */
	public DataSet setTime(int tag, LocalTime time) {
		return setString(tag, VR.TM, DateTimeValues.formatTime(time));
	}

	/** Sets a DT value YYYYMMDDHHMMSS&amp;ZZXX with the offset of the date-time. */
	public DataSet setDateTime(int tag, OffsetDateTime dateTime) {
		return setString(tag, VR.DT, DateTimeValues.formatDateTime(dateTime));
	}

	/** @return where an element was read, for error messages; empty when unknown */
	static String at(Element e) {
		return e != null && e.offset() >= 0 ? " (element at offset " + e.offset() + ")" : "";
	}

	// ---- object

	@Override
	public boolean equals(Object o) {
		return o instanceof DataSet other && elements.equals(other.elements);
	}

	@Override
	public int hashCode() {
		return elements.hashCode();
	}

	@Override
	public String toString() {
		StringBuilder b = new StringBuilder();
		dump(b, "");
		return b.toString();
	}

	/** Appends a readable listing, one element a line, items indented. */
	void dump(StringBuilder b, String indent) {
		for (Element e : elements.values()) {
			b.append(indent).append(Tag.toString(e.tag())).append(' ').append(e.vr()).append(' ');
			if (e.isSequence()) {
				b.append(e.items().size()).append(" item(s)\n");
				int i = 1;
				for (DataSet item : e.items()) {
					b.append(indent).append("  item ").append(i++).append('\n');
					item.dump(b, indent + "    ");
				}
				continue;
			}
			if (e.isBulkData()) {
				b.append("<bulk data ").append(e.bulkData().length()).append(" bytes>");
			} else if (e.vr().isText()) {
				b.append('[').append(String.join("\\", getStrings(e.tag()))).append(']');
			} else {
				b.append('#').append(e.bytes().length);
			}
			String keyword = ElementDictionary.keywordOf(e.tag());
			b.append(keyword == null ? "" : " " + keyword).append('\n');
		}
	}
}
