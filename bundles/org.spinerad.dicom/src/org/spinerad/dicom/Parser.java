package org.spinerad.dicom;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spinerad.dicom.internal.ByteSource;

/**
 * Reads a Part 10 file (PS3.10 7.1) from a {@link ByteSource}: preamble,
 * "DICM", File Meta Information in Explicit VR Little Endian, then the data
 * set in the encoding of its transfer syntax (PS3.5 7 and 8). Every length is
 * checked against the bytes left in the enclosing item, sequence or file
 * before anything is allocated or skipped, and nesting is bounded, so
 * malformed input ends in a {@link DicomException} naming offset and tag path.
 */
final class Parser {

	private static final long UNDEFINED = 0xFFFFFFFFL;

	private final ByteSource in;
	private final Path source;
	private final ReadOptions options;
	private final int[] pathTag;
	private final int[] pathItem;
	private boolean stopped;

	Parser(ByteSource in, Path source, ReadOptions options) {
		this.in = in;
		this.source = source;
		this.options = options;
		this.pathTag = new int[options.maxDepth() + 2];
		this.pathItem = new int[options.maxDepth() + 2];
	}

	DicomFile readFile() throws IOException {
		try {
			return doReadFile();
		} catch (EOFException e) {
			// lengths are checked before reading; this is a safety net
			throw new DicomException("unexpected end of data", in.position(), null);
		}
	}

	private DicomFile doReadFile() throws IOException {
		long size = in.size();
		if (size < 132) {
			throw new DicomException("not a DICOM file: it has " + size
					+ " bytes, fewer than the 128-byte preamble and the 'DICM' prefix", 0, null);
		}
		in.seek(128);
		byte[] magic = in.bytes(4);
		if (magic[0] != 'D' || magic[1] != 'I' || magic[2] != 'C' || magic[3] != 'M') {
			throw new DicomException("not a DICOM Part 10 file: no 'DICM' prefix after the 128-byte preamble", 128,
					null);
		}
		DataSet meta = new DataSet();
		readMeta(meta);
		Element tsElement = meta.get(Tag.TransferSyntaxUID);
		String ts = meta.getString(Tag.TransferSyntaxUID);
		if (ts == null) {
			throw new DicomException("the File Meta Information has no Transfer Syntax UID (0002,0010)", 132, null);
		}
		boolean explicit = explicitVr(ts, tsElement.offset());
		DataSet dataSet = new DataSet();
		readDataSet(dataSet, size, false, explicit, 0);
		return new DicomFile(source, meta, dataSet, ts);
	}

	private void readMeta(DataSet meta) throws IOException {
		while (in.remaining() >= 8) {
			long start = in.position();
			int group = in.u16();
			in.seek(start);
			if (group != 0x0002) {
				break;
			}
			readElement(meta, in.size(), true, 0);
		}
		if (meta.size() == 0) {
			throw new DicomException("no File Meta Information (group 0002) after the 'DICM' prefix", 132, null);
		}
	}

	private static boolean explicitVr(String ts, long offset) throws DicomException {
		if (ts.equals(UIDs.IMPLICIT_VR_LITTLE_ENDIAN)) {
			return false;
		}
		if (ts.equals(UIDs.EXPLICIT_VR_LITTLE_ENDIAN) || ts.startsWith("1.2.840.10008.1.2.4.")
				|| ts.equals("1.2.840.10008.1.2.5") || ts.equals("1.2.840.10008.1.2.1.98")) {
			return true; // native, or encapsulated pixel data in an Explicit VR Little Endian data set
		}
		String why = ts.equals(UIDs.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN) ? "Deflated Explicit VR Little Endian"
				: ts.equals(UIDs.EXPLICIT_VR_BIG_ENDIAN) ? "Explicit VR Big Endian" : "unknown transfer syntax";
		throw new DicomException("unsupported Transfer Syntax UID " + ts + " (" + why
				+ "); supported: Explicit and Implicit VR Little Endian, encapsulated (compressed) pixel data",
				offset, Tag.describe(Tag.TransferSyntaxUID));
	}

	/**
	 * Reads elements until {@code end} (exclusive), or until an Item
	 * Delimitation Item when {@code untilDelimiter}.
	 */
	private void readDataSet(DataSet dataSet, long end, boolean untilDelimiter, boolean explicit, int level)
			throws IOException {
		while (!stopped) {
			long start = in.position();
			if (start >= end) {
				if (untilDelimiter) {
					throw new DicomException("item of undefined length has no Item Delimitation Item before the end of "
							+ (level == 1 && end == in.size() ? "the file" : "its enclosing value"), start,
							path(level - 1, true));
				}
				return;
			}
			need(end, 4, "an element tag", level, false);
			int tag = in.tag();
			if (tag == Tag.ItemDelimitationItem) {
				need(end, 4, "the length of an Item Delimitation Item", level, false);
				in.i32();
				if (!untilDelimiter) {
					throw new DicomException("Item Delimitation Item (FFFE,E00D) outside an item of undefined length",
							start, level == 0 ? null : path(level - 1, true));
				}
				return;
			}
			if (tag == Tag.Item || tag == Tag.SequenceDelimitationItem) {
				throw new DicomException(Tag.toString(tag) + " outside a sequence", start,
						level == 0 ? null : path(level - 1, true));
			}
			in.seek(start);
			readElement(dataSet, end, explicit, level);
		}
	}

	private void readElement(DataSet dataSet, long end, boolean explicit, int level) throws IOException {
		long start = in.position();
		need(end, 4, "an element tag", level, false);
		int tag = in.tag();
		pathTag[level] = tag;
		VR vr;
		long length;
		if (explicit) {
			need(end, 4, "the VR and length of the element header", level, true);
			int code = in.code16();
			vr = VR.ofCode(code);
			if (vr == null) {
				throw new DicomException(String.format("invalid VR bytes 0x%04X ('%s') in an explicit VR element header",
						code, printable(code)), start + 4, path(level, true));
			}
			if (vr.hasLongLength()) {
				need(end, 6, "the 32-bit length of the element header", level, true);
				in.skip(2);
				length = Integer.toUnsignedLong(in.i32());
			} else {
				length = in.u16();
			}
		} else {
			need(end, 4, "the length of the element header", level, true);
			length = Integer.toUnsignedLong(in.i32());
			vr = ElementDictionary.vrOf(tag);
		}
		boolean pixelData = isPixelData(tag);
		Element element;
		if (length == UNDEFINED) {
			if (pixelData && (vr == VR.OB || vr == VR.OW || vr == VR.UN) && explicit) {
				element = encapsulated(tag, vr, start, end, level);
			} else if (vr == VR.SQ || vr == VR.UN || !explicit) {
				// UN of undefined length holds an Implicit VR Little Endian sequence (PS3.5 6.2.2)
				boolean itemsExplicit = explicit && vr == VR.SQ;
				List<DataSet> items = readSequence(dataSet, end, -1, itemsExplicit, level);
				element = new Element(tag, VR.SQ, null, items, null, start);
			} else {
				throw new DicomException("undefined length (FFFFFFFF) is only allowed for sequences and encapsulated "
						+ "pixel data, not for VR " + vr, start, path(level, true));
			}
		} else if (pixelData && options.stopAtPixelData() && level == 0) {
			stopped = true; // its length is not checked: nothing after it is read
			element = new Element(tag, vr, null, null, new BulkData(source, in.position(), length, false, 0), start);
		} else {
			long left = end - in.position();
			if (length > left) {
				throw new DicomException("value length " + length + " of " + Tag.describe(tag) + " exceeds the " + left
						+ " bytes left in " + (end == in.size() ? "the file" : "the enclosing item"), start,
						path(level, true));
			}
			long valueStart = in.position();
			if (vr == VR.SQ) {
				List<DataSet> items = readSequence(dataSet, end, valueStart + length, explicit, level);
				element = new Element(tag, vr, null, items, null, start);
			} else if ((pixelData && options.skipPixelData()) || length > options.bulkDataLimit()) {
				in.skip(length);
				element = new Element(tag, vr, null, null, new BulkData(source, valueStart, length, false, 0), start);
			} else {
				element = new Element(tag, vr, in.bytes((int) length), null, null, start);
			}
		}
		dataSet.put(element);
		if (tag == Tag.SpecificCharacterSet && !element.isSequence() && !element.isBulkData()) {
			try {
				dataSet.characterSet(SpecificCharacterSet.of(dataSet.getStrings(tag)));
			} catch (IllegalArgumentException e) {
				throw new DicomException(e.getMessage(), start, path(level, true));
			}
		}
	}

	private List<DataSet> readSequence(DataSet parent, long enclosingEnd, long sequenceEnd, boolean explicit,
			int level) throws IOException {
		if (level + 1 > options.maxDepth()) {
			throw new DicomException("sequences nested deeper than " + options.maxDepth() + " levels", in.position(),
					path(level, true));
		}
		List<DataSet> items = new ArrayList<>();
		long limit = sequenceEnd >= 0 ? sequenceEnd : enclosingEnd;
		while (true) {
			long start = in.position();
			if (sequenceEnd >= 0 && start >= sequenceEnd) {
				return items;
			}
			if (start >= limit) {
				throw new DicomException("sequence of undefined length has no Sequence Delimitation Item before the end of "
						+ (limit == in.size() ? "the file" : "its enclosing item"), start, path(level, true));
			}
			pathItem[level] = items.size() + 1;
			need(limit, 8, "an item header", level, true);
			int tag = in.tag();
			long length = Integer.toUnsignedLong(in.i32());
			if (tag == Tag.SequenceDelimitationItem) {
				if (sequenceEnd >= 0) {
					throw new DicomException("Sequence Delimitation Item in a sequence of defined length", start,
							path(level, true));
				}
				return items;
			}
			if (tag != Tag.Item) {
				throw new DicomException("expected an Item (FFFE,E000) in the sequence, found " + Tag.toString(tag),
						start, path(level, true));
			}
			DataSet item = new DataSet(parent);
			if (length == UNDEFINED) {
				readDataSet(item, limit, true, explicit, level + 1);
			} else {
				long left = limit - in.position();
				if (length > left) {
					throw new DicomException("item length " + length + " exceeds the " + left + " bytes left in "
							+ (limit == in.size() ? "the file" : "the sequence"), start, path(level, true));
				}
				readDataSet(item, in.position() + length, false, explicit, level + 1);
			}
			items.add(item);
			if (stopped) {
				return items;
			}
		}
	}

	private Element encapsulated(int tag, VR vr, long start, long end, int level) throws IOException {
		long first = in.position();
		int fragments = 0;
		while (true) {
			long itemStart = in.position();
			if (end - itemStart < 8) {
				throw new DicomException("encapsulated pixel data has no Sequence Delimitation Item before the end of "
						+ (end == in.size() ? "the file" : "its enclosing item"), itemStart, path(level, true));
			}
			int itemTag = in.tag();
			long length = Integer.toUnsignedLong(in.i32());
			if (itemTag == Tag.SequenceDelimitationItem) {
				break;
			}
			if (itemTag != Tag.Item) {
				throw new DicomException("expected a fragment Item (FFFE,E000) in encapsulated pixel data, found "
						+ Tag.toString(itemTag), itemStart, path(level, true));
			}
			long left = end - in.position();
			if (length > left) {
				throw new DicomException("fragment length " + length + " exceeds the " + left + " bytes left", itemStart,
						path(level, true));
			}
			in.skip(length);
			fragments++;
		}
		return new Element(tag, vr, null, null, new BulkData(source, first, in.position() - first, true, fragments),
				start);
	}

	private void need(long end, int bytes, String what, int level, boolean inElement) throws DicomException {
		long left = end - in.position();
		if (left < bytes) {
			String where = end == in.size() ? "the file" : "the enclosing item";
			throw new DicomException("truncated: " + what + " needs " + bytes + " bytes but " + where + " has " + left
					+ " left", in.position(), inElement ? path(level, true) : level == 0 ? null : path(level - 1, true));
		}
	}

	private String path(int level, boolean withTag) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < level; i++) {
			b.append(Tag.toString(pathTag[i])).append('[').append(pathItem[i]).append("]>");
		}
		if (withTag) {
			b.append(Tag.describe(pathTag[level]));
		} else if (b.length() > 0) {
			b.setLength(b.length() - 1);
		}
		return b.toString();
	}

	private static boolean isPixelData(int tag) {
		return tag == Tag.PixelData || tag == Tag.FloatPixelData || tag == Tag.DoubleFloatPixelData;
	}

	private static String printable(int code) {
		char a = (char) (code >> 8);
		char b = (char) (code & 0xFF);
		return new String(new char[] { a >= 0x20 && a < 0x7F ? a : '?', b >= 0x20 && b < 0x7F ? b : '?' });
	}

	static String ascii(byte[] b) {
		return new String(b, StandardCharsets.US_ASCII);
	}
}
