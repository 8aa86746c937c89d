package org.spinerad.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed input: clear errors naming what, the offset and the tag. */
class MalformedInputTest {

	@TempDir
	Path dir;

	private static DataSet simple() {
		DataSet ds = new DataSet();
		ds.setString(Tag.SOPClassUID, UIDs.MR_IMAGE_STORAGE);
		ds.setString(Tag.SOPInstanceUID, "1.2.3.4");
		ds.setString(Tag.PatientName, "DOE^JANE");
		ds.setString(Tag.PatientID, "PID-1");
		return ds;
	}

	private static byte[] bytes(DataSet ds) throws Exception {
		return DicomWriter.definedLengths().toBytes(ds);
	}

	/** @return the offset of the element header of a tag in Explicit VR LE bytes (first match after the meta) */
	private static int offsetOf(byte[] file, int tag) {
		byte[] t = { (byte) (tag >>> 16), (byte) (tag >>> 24), (byte) tag, (byte) (tag >>> 8) };
		for (int i = 132; i < file.length - 4; i++) {
			if (Arrays.equals(Arrays.copyOfRange(file, i, i + 4), t)) {
				return i;
			}
		}
		throw new AssertionError("tag not found");
	}

	private static DicomException fails(byte[] file) {
		return assertThrows(DicomException.class, () -> DicomReader.read(file));
	}

	private static void says(DicomException e, String... parts) {
		for (String part : parts) {
			assertTrue(e.getMessage().contains(part), () -> "'" + part + "' not in: " + e.getMessage());
		}
	}

	@Test
	void notDicom() throws Exception {
		says(fails("hello".getBytes()), "not a DICOM file", "5 bytes", "at offset 0");
		says(fails(new byte[400]), "no 'DICM' prefix", "at offset 128");
		Path text = dir.resolve("notes.txt");
		Files.writeString(text, "x".repeat(300));
		DicomException e = assertThrows(DicomException.class, () -> DicomReader.read(text));
		says(e, "not a DICOM Part 10 file");
	}

	@Test
	void truncatedInsideAValue() throws Exception {
		byte[] file = bytes(simple());
		int at = offsetOf(file, Tag.PatientID);
		DicomException e = fails(Arrays.copyOf(file, at + 10)); // header of 8 bytes, 2 of 6 value bytes
		says(e, "value length 6 of (0010,0020) PatientID exceeds the 2 bytes left in the file",
				"at offset " + at, "tag (0010,0020) PatientID");
		assertEquals(at, e.offset());
		says(fails(Arrays.copyOf(file, at + 5)), "truncated", "tag (0010,0020)");
		says(fails(Arrays.copyOf(file, 140)), "exceeds the 0 bytes left in the file", "at offset 132");
	}

	@Test
	void everyTruncationIsAnErrorOrAShorterValidFile() throws Exception {
		byte[] file = bytes(Samples.made());
		int errors = 0;
		for (int n = 0; n < file.length; n++) {
			try {
				DicomReader.read(Arrays.copyOf(file, n));
			} catch (DicomException e) {
				errors++;
				assertTrue(e.getMessage().contains("offset"), e.getMessage());
			}
		}
		assertTrue(errors > file.length * 9 / 10, errors + " of " + file.length);
	}

	@Test
	void impossibleLength() throws Exception {
		byte[] file = bytes(simple());
		int at = offsetOf(file, Tag.PatientName);
		file[at + 6] = (byte) 0xF0; // 16-bit length 0xF0xx
		says(fails(file), "exceeds", "bytes left in the file", "at offset " + at, "(0010,0010) PatientName");
	}

	@Test
	void invalidVr() throws Exception {
		byte[] file = bytes(simple());
		int at = offsetOf(file, Tag.PatientName);
		file[at + 4] = 'Z';
		file[at + 5] = 'Q';
		says(fails(file), "invalid VR bytes 0x5A51 ('ZQ')", "at offset " + (at + 4), "(0010,0010)");
	}

	/** Builds Explicit VR LE bytes: preamble, meta, then raw data set bytes. */
	private static byte[] withDataSet(byte[] dataSet) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DataSet meta = DicomWriter.fileMetaInformation(simple());
		DicomWriter.definedLengths().write(meta, new DataSet(), out);
		out.write(dataSet);
		return out.toByteArray();
	}

	private static byte[] le(Object... parts) {
		ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
		for (Object p : parts) {
			if (p instanceof Integer tag) {
				b.putShort((short) (tag >>> 16)).putShort((short) (int) tag);
			} else if (p instanceof Long u32) {
				b.putInt((int) (long) u32);
			} else if (p instanceof Short u16) {
				b.putShort(u16);
			} else if (p instanceof String s) {
				b.put(s.getBytes());
			}
		}
		return Arrays.copyOf(b.array(), b.position());
	}

	@Test
	void undefinedLengthOnlyForSequences() throws Exception {
		byte[] file = withDataSet(le(Tag.PatientName, "UT", (short) 0, 0xFFFFFFFFL));
		says(fails(file), "undefined length (FFFFFFFF) is only allowed for sequences", "(0010,0010)");
	}

	@Test
	void missingDelimiters() throws Exception {
		byte[] noSeqEnd = withDataSet(le(Tag.ContentSequence, "SQ", (short) 0, 0xFFFFFFFFL, Tag.Item, 0L));
		says(fails(noSeqEnd), "no Sequence Delimitation Item", "(0040,A730) ContentSequence");
		byte[] noItemEnd = withDataSet(le(Tag.ContentSequence, "SQ", (short) 0, 0xFFFFFFFFL, Tag.Item, 0xFFFFFFFFL,
				Tag.CodeValue, "SH", (short) 2, "AB"));
		says(fails(noItemEnd), "no Item Delimitation Item", "(0040,A730)");
		byte[] wrongItem = withDataSet(le(Tag.ContentSequence, "SQ", (short) 0, 8L, Tag.PatientID, 0L));
		says(fails(wrongItem), "expected an Item (FFFE,E000)", "found (0010,0020)");
		byte[] strayDelimiter = withDataSet(le(Tag.ItemDelimitationItem, 0L));
		says(fails(strayDelimiter), "Item Delimitation Item (FFFE,E00D) outside an item");
		byte[] itemTooLong = withDataSet(le(Tag.ContentSequence, "SQ", (short) 0, 8L, Tag.Item, 100L));
		says(fails(itemTooLong), "item length 100 exceeds the 0 bytes left");
	}

	@Test
	void deepNestingIsRefusedNotAStackOverflow() throws Exception {
		ByteArrayOutputStream ds = new ByteArrayOutputStream();
		for (int i = 0; i < 5000; i++) {
			ds.write(le(Tag.ContentSequence, "SQ", (short) 0, 0xFFFFFFFFL, Tag.Item, 0xFFFFFFFFL));
		}
		says(fails(withDataSet(ds.toByteArray())), "nested deeper than 64 levels",
				"(0040,A730)[1]>(0040,A730)[1]>");
	}

	@Test
	void unsupportedTransferSyntax() throws Exception {
		DataSet meta = DicomWriter.fileMetaInformation(simple());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DicomWriter.definedLengths().write(meta, simple(), out);
		byte[] file = out.toByteArray();
		byte[] explicit = UIDs.EXPLICIT_VR_LITTLE_ENDIAN.getBytes();
		for (int i = 132; i < file.length - explicit.length; i++) {
			if (Arrays.equals(Arrays.copyOfRange(file, i, i + explicit.length), explicit)) {
				file[i + explicit.length - 1] = '2'; // 1.2.840.10008.1.2.2 Explicit VR Big Endian
				break;
			}
		}
		says(fails(file), "unsupported Transfer Syntax UID 1.2.840.10008.1.2.2 (Explicit VR Big Endian)",
				"(0002,0010) TransferSyntaxUID");
	}

	@Test
	void malformedValuesAreClearOnAccess() throws Exception {
		DataSet ds = simple();
		ds.setString(Tag.PatientWeight, "12,5");
		ds.setString(Tag.StudyDate, "2026-11-02");
		ds.setString(Tag.SeriesNumber, "seven");
		DataSet read = DicomReader.read(bytes(ds)).dataSet();
		DicomValueException e = assertThrows(DicomValueException.class, () -> read.getDouble(Tag.PatientWeight));
		says(new DicomException(e.getMessage(), -1, null), "(0010,1030) PatientWeight: '12,5' is not a Decimal String",
				"offset");
		assertThrows(DicomValueException.class, () -> read.getDate(Tag.StudyDate));
		assertThrows(DicomValueException.class, () -> read.getInt(Tag.SeriesNumber));
	}
}
