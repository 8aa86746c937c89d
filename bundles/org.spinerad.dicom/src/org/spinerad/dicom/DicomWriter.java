package org.spinerad.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes DICOM Part 10 files in Explicit VR Little Endian (PS3.10 7.1): a
 * zero preamble, "DICM", File Meta Information made from the data set, then
 * the data set. Group length elements of the data set are left out (PS3.5
 * 7.2 makes them optional); sequences and items get defined lengths, or
 * undefined lengths with delimitation items when asked.
 */
public final class DicomWriter {

	private final boolean undefinedLengths;

	private DicomWriter(boolean undefinedLengths) {
		this.undefinedLengths = undefinedLengths;
	}

	/** @return a writer giving sequences and items defined lengths */
	public static DicomWriter definedLengths() {
		return new DicomWriter(false);
	}

	/** @return a writer giving sequences and items undefined lengths and delimitation items */
	public static DicomWriter undefinedLengths() {
		return new DicomWriter(true);
	}

	/**
	 * @return the File Meta Information for a data set: version 00\01, Media
	 *         Storage SOP Class and Instance from SOP Class UID and SOP
	 *         Instance UID, Explicit VR Little Endian, our implementation class
	 *         UID and version name
	 * @throws IllegalArgumentException when SOP Class UID or SOP Instance UID is missing
	 */
	public static DataSet fileMetaInformation(DataSet dataSet) {
		String sopClass = dataSet.getString(Tag.SOPClassUID);
		String sopInstance = dataSet.getString(Tag.SOPInstanceUID);
		if (sopClass == null || sopInstance == null) {
			throw new IllegalArgumentException("the data set needs SOP Class UID (0008,0016) and SOP Instance UID "
					+ "(0008,0018) to be written as a Part 10 file");
		}
		DataSet meta = new DataSet();
		meta.setBytes(Tag.FileMetaInformationVersion, VR.OB, new byte[] { 0, 1 });
		meta.setString(Tag.MediaStorageSOPClassUID, VR.UI, sopClass);
		meta.setString(Tag.MediaStorageSOPInstanceUID, VR.UI, sopInstance);
		meta.setString(Tag.TransferSyntaxUID, VR.UI, UIDs.EXPLICIT_VR_LITTLE_ENDIAN);
		meta.setString(Tag.ImplementationClassUID, VR.UI, UIDs.IMPLEMENTATION_CLASS_UID);
		meta.setString(Tag.ImplementationVersionName, VR.SH, UIDs.IMPLEMENTATION_VERSION_NAME);
		return meta;
	}

	/** @return the Part 10 file of a data set, File Meta Information made from it */
	public byte[] toBytes(DataSet dataSet) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(fileMetaInformation(dataSet), dataSet, out);
		return out.toByteArray();
	}

	/** Writes a Part 10 file (not atomically; see the callers for durable writes). */
	public void write(DataSet dataSet, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			write(fileMetaInformation(dataSet), dataSet, out);
		}
	}

	/**
	 * Writes preamble, prefix, the given File Meta Information (its group length
	 * computed here; transfer syntax forced to Explicit VR Little Endian) and
	 * the data set.
	 */
	public void write(DataSet meta, DataSet dataSet, OutputStream out) throws IOException {
		Encoder encoder = new Encoder(out);
		encoder.raw(new byte[128]);
		encoder.raw(new byte[] { 'D', 'I', 'C', 'M' });
		DataSet m = new DataSet();
		for (Element e : meta) {
			if (Tag.group(e.tag()) == 0x0002 && e.tag() != Tag.FileMetaInformationGroupLength) {
				m.put(e);
			}
		}
		m.setString(Tag.TransferSyntaxUID, VR.UI, UIDs.EXPLICIT_VR_LITTLE_ENDIAN);
		long groupLength = 0;
		for (Element e : m) {
			groupLength += elementLength(e);
		}
		m.setInt(Tag.FileMetaInformationGroupLength, VR.UL, (int) groupLength);
		for (Element e : m) {
			writeElement(encoder, e);
		}
		for (Element e : dataSet) {
			if (Tag.group(e.tag()) != 0x0002 && !Tag.isGroupLength(e.tag())) {
				writeElement(encoder, e);
			}
		}
		encoder.flush();
	}

	// ---- lengths

	private static boolean evenPadded(Element e) {
		return (e.length() & 1) == 0;
	}

	private static VR writtenVr(Element e) {
		if (e.isSequence()) {
			return VR.SQ;
		}
		if (!e.vr().hasLongLength() && e.length() > 0xFFFF) {
			return VR.UN; // a value too long for a 16-bit length, e.g. read as Implicit VR
		}
		return e.vr();
	}

	private long valueLength(Element e) {
		if (e.isSequence()) {
			long n = 0;
			for (DataSet item : e.items()) {
				n += 8 + itemLength(item) + (undefinedLengths ? 8 : 0);
			}
			return n + (undefinedLengths ? 8 : 0);
		}
		if (e.isBulkData()) {
			return e.bulkData().length() + (e.bulkData().length() & 1);
		}
		return e.bytes().length + (evenPadded(e) ? 0 : 1);
	}

	private long itemLength(DataSet item) {
		long n = 0;
		for (Element e : item) {
			if (!Tag.isGroupLength(e.tag())) {
				n += elementLength(e);
			}
		}
		return n;
	}

	private long elementLength(Element e) {
		return (writtenVr(e).hasLongLength() ? 12 : 8) + valueLength(e);
	}

	// ---- encoding

	private void writeElement(Encoder out, Element e) throws IOException {
		VR vr = writtenVr(e);
		if (e.isBulkData() && e.bulkData().encapsulated()) {
			throw new IOException(Tag.describe(e.tag()) + " holds encapsulated (compressed) pixel data, which "
					+ "cannot be written in Explicit VR Little Endian");
		}
		out.tag(e.tag());
		out.u16be(vr.code());
		boolean undefined = e.isSequence() && undefinedLengths;
		long length = undefined ? 0xFFFFFFFFL : valueLength(e);
		if (vr.hasLongLength()) {
			out.u16(0);
			if (!undefined && length > 0xFFFFFFFEL) {
				throw new IOException(Tag.describe(e.tag()) + ": value too long for DICOM (" + length + " bytes)");
			}
			out.u32(length);
		} else {
			out.u16((int) length);
		}
		if (e.isSequence()) {
			for (DataSet item : e.items()) {
				out.tag(Tag.Item);
				out.u32(undefinedLengths ? 0xFFFFFFFFL : itemLength(item));
				for (Element child : item) {
					if (!Tag.isGroupLength(child.tag())) {
						writeElement(out, child);
					}
				}
				if (undefinedLengths) {
					out.tag(Tag.ItemDelimitationItem);
					out.u32(0);
				}
			}
			if (undefinedLengths) {
				out.tag(Tag.SequenceDelimitationItem);
				out.u32(0);
			}
		} else if (e.isBulkData()) {
			copyBulkData(out, e);
		} else {
			out.raw(e.bytes());
			if (!evenPadded(e)) {
				out.raw(new byte[] { vr.padding() });
			}
		}
	}

	private static void copyBulkData(Encoder out, Element e) throws IOException {
		BulkData bulk = e.bulkData();
		if (bulk.source() == null) {
			throw new IOException(Tag.describe(e.tag()) + " was not read into memory and has no source file");
		}
		out.flush();
		try (FileChannel channel = FileChannel.open(bulk.source(), StandardOpenOption.READ);
				InputStream in = Channels.newInputStream(channel.position(bulk.offset()))) {
			long left = bulk.length();
			byte[] buffer = new byte[64 * 1024];
			while (left > 0) {
				int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
				if (n < 0) {
					throw new IOException(Tag.describe(e.tag()) + ": " + bulk.source() + " ended before the value");
				}
				out.raw(buffer, n);
				left -= n;
			}
		}
		if ((bulk.length() & 1) == 1) {
			out.raw(new byte[] { 0 });
		}
	}

	/** Little Endian output through a buffer. */
	private static final class Encoder {
		private final OutputStream out;
		private final byte[] buffer = new byte[16 * 1024];
		private int n;

		Encoder(OutputStream out) {
			this.out = out;
		}

		void raw(byte[] b) throws IOException {
			raw(b, b.length);
		}

		void raw(byte[] b, int length) throws IOException {
			if (length > buffer.length - n) {
				flush();
				if (length > buffer.length) {
					out.write(b, 0, length);
					return;
				}
			}
			System.arraycopy(b, 0, buffer, n, length);
			n += length;
		}

		void u16(int v) throws IOException {
			raw(new byte[] { (byte) v, (byte) (v >> 8) });
		}

		void u16be(int v) throws IOException {
			raw(new byte[] { (byte) (v >> 8), (byte) v });
		}

		void u32(long v) throws IOException {
			raw(new byte[] { (byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24) });
		}

		void tag(int tag) throws IOException {
			u16(tag >>> 16);
			u16(tag & 0xFFFF);
		}

		void flush() throws IOException {
			out.write(buffer, 0, n);
			n = 0;
			out.flush();
		}
	}
}
