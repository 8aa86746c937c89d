package org.spinerad.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.dicom.testing.Tools;

/** Pixel data stays in the file: reading a file with a huge pixel value allocates little. */
class PixelDataTest {

	private static final long PIXELS = 512L << 20; // 512 MiB, a sparse file

	@TempDir
	Path dir;

	/** Writes header elements, then a Pixel Data header of {@code PIXELS} bytes, then trailing padding. */
	private Path hugeImage() throws Exception {
		DataSet ds = new DataSet();
		ds.setString(Tag.SOPClassUID, UIDs.MR_IMAGE_STORAGE);
		ds.setString(Tag.SOPInstanceUID, "1.2.3.4.5");
		ds.setString(Tag.PatientName, "BIG^IMAGE");
		ds.setInt(Tag.Rows, VR.US, 16384);
		ds.setInt(Tag.Columns, VR.US, 16384);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DicomWriter.definedLengths().write(DicomWriter.fileMetaInformation(ds), ds, out);
		ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
		header.putShort((short) 0x7FE0).putShort((short) 0x0010).put((byte) 'O').put((byte) 'W').putShort((short) 0)
				.putInt((int) PIXELS);
		out.write(header.array());
		Path file = dir.resolve("huge.dcm");
		Files.write(file, out.toByteArray());
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			long end = raf.length() + PIXELS;
			raf.setLength(end); // sparse: no disk blocks, no time
			raf.seek(end);
			ByteBuffer padding = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
			padding.putShort((short) 0xFFFC).putShort((short) 0xFFFC).put((byte) 'O').put((byte) 'B')
					.putShort((short) 0).putInt(0);
			raf.write(padding.array());
		}
		return file;
	}

	private static long allocatedBytes() throws Exception {
		// com.sun.management.ThreadMXBean, loaded from the platform (not through OSGi imports)
		Class<?> type = ClassLoader.getPlatformClassLoader().loadClass("com.sun.management.ThreadMXBean");
		return (long) type.getMethod("getCurrentThreadAllocatedBytes").invoke(ManagementFactory.getThreadMXBean());
	}

	@Test
	void hugePixelDataIsSkippedWithoutAllocation() throws Exception {
		Path file = hugeImage();
		DicomReader.read(file); // warm up classes
		long before = allocatedBytes();
		DicomFile dicom = DicomReader.read(file);
		long allocated = allocatedBytes() - before;
		BulkData pixels = dicom.dataSet().getBulkData(Tag.PixelData);
		assertNotNull(pixels);
		assertEquals(PIXELS, pixels.length());
		assertEquals(file, pixels.source());
		assertTrue(dicom.dataSet().contains(Tag.DataSetTrailingPadding), "elements after the pixel data are read");
		assertTrue(allocated < 1 << 20, "reading a file with 512 MiB of pixel data allocated " + allocated + " bytes");
	}

	@Test
	void truncatedPixelDataIsNoticedUnlessStoppingAtIt() throws Exception {
		Path file = hugeImage();
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.setLength(raf.length() - 100);
		}
		DicomException e = assertThrows(DicomException.class, () -> DicomReader.read(file));
		assertTrue(e.getMessage().contains("value length " + PIXELS + " of (7FE0,0010) PixelData exceeds"),
				e.getMessage());
		DicomFile head = DicomReader.read(file, new ReadOptions(true, 1 << 20, 64, true));
		assertEquals("BIG^IMAGE", head.dataSet().getString(Tag.PatientName));
	}

	@Test
	void encapsulatedPixelDataIsSkippedFragmentByFragment() throws Exception {
		String dump = """
				(0002,0010) UI =JPEGBaseline
				(0008,0016) UI =MRImageStorage
				(0008,0018) UI [1.2.3.7]
				(0010,0010) PN [JPEG^IMAGE]
				(7fe0,0010) OB (PixelSequence #=3)
				  (fffe,e000) pi (no value available)
				  (fffe,e000) pi 01\\02\\03\\04
				  (fffe,e000) pi 05\\06
				(fffe,e0dd) na (SequenceDelimitationItem)
				""";
		Path file = Tools.dump2dcm(dir, "jpeg.dcm", dump);
		DicomFile dicom = DicomReader.read(file);
		assertEquals("1.2.840.10008.1.2.4.50", dicom.transferSyntax());
		assertEquals("JPEG^IMAGE", dicom.dataSet().getString(Tag.PatientName));
		BulkData pixels = dicom.dataSet().getBulkData(Tag.PixelData);
		assertTrue(pixels.encapsulated());
		assertEquals(3, pixels.fragments());
		assertEquals(8 + 0 + 8 + 4 + 8 + 2 + 8, pixels.length());
		assertThrows(java.io.IOException.class, () -> DicomWriter.definedLengths().toBytes(dicom.dataSet()));
	}
}
