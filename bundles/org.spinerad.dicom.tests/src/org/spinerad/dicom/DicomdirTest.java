package org.spinerad.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.dicom.testing.Tools;

/** DICOMDIRs made by DCMTK's dcmmkdir. */
class DicomdirTest {

	@TempDir
	Path dir;

	static String image(int series, int instance) {
		return """
				(0008,0016) UI =MRImageStorage
				(0008,0018) UI [1.2.826.0.1.3680043.2.1125.9.%d.%d]
				(0008,0020) DA [20261102]
				(0008,0030) TM [084000]
				(0008,0050) SH [ACC-9]
				(0008,0060) CS [MR]
				(0010,0010) PN [DIR^PATIENT]
				(0010,0020) LO [PID-9]
				(0020,000d) UI [1.2.826.0.1.3680043.2.1125.9]
				(0020,000e) UI [1.2.826.0.1.3680043.2.1125.9.%d]
				(0020,0010) SH [9]
				(0020,0011) IS [%d]
				(0020,0013) IS [%d]
				(0028,0002) US 1
				(0028,0004) CS [MONOCHROME2]
				(0028,0010) US 2
				(0028,0011) US 2
				(0028,0100) US 16
				(0028,0101) US 16
				(0028,0102) US 15
				(0028,0103) US 0
				(7fe0,0010) OW 0001\\0002\\0003\\0004
				""".formatted(series, instance, series, series, instance);
	}

	/** Makes media: IMAGES/SER1/IM1..2 and IMAGES/SER2/IM1, then DICOMDIR with dcmmkdir. */
	static Path media(Path root) throws Exception {
		Path images = Files.createDirectories(root.resolve("IMAGES"));
		for (int s = 1; s <= 2; s++) {
			Path series = Files.createDirectories(images.resolve("SER" + s));
			for (int i = 1; i <= (s == 1 ? 2 : 1); i++) {
				Tools.dump2dcm(series, "IM" + i, image(s, i), "+te");
			}
		}
		// file IDs are stored relative to the input directory given with +id
		Tools.Result result = Tools.run("dcmmkdir", "+id", root.toString(), "+r", "+I", "+D",
				root.resolve("DICOMDIR").toString(), "IMAGES");
		assertEquals(0, result.exitCode(), result.all());
		return root.resolve("DICOMDIR");
	}

	@Test
	void readsRecordsAndReferencedFiles() throws Exception {
		Path dicomdir = media(dir);
		Dicomdir dd = Dicomdir.read(dicomdir);
		assertEquals(1, dd.records("PATIENT").size());
		assertEquals(2, dd.records("SERIES").size());
		List<Dicomdir.Record> images = dd.records("IMAGE");
		assertEquals(3, images.size());
		for (Dicomdir.Record r : images) {
			assertTrue(Files.isRegularFile(r.referencedFile()), r.referencedFile().toString());
			assertEquals("IMAGES", r.fileId().get(0));
			DicomFile file = DicomReader.read(r.referencedFile());
			assertEquals(r.attributes().getString(Tag.ReferencedSOPInstanceUIDInFile),
					file.dataSet().getString(Tag.SOPInstanceUID));
		}
		assertEquals("DIR^PATIENT", dd.records("PATIENT").get(0).attributes().getString(Tag.PatientName));
	}

	@Test
	void lowerCaseFileNamesAreFound() throws Exception {
		Path dicomdir = media(dir);
		Files.move(dir.resolve("IMAGES"), dir.resolve("images"));
		Dicomdir dd = Dicomdir.read(dicomdir);
		for (Dicomdir.Record r : dd.records("IMAGE")) {
			assertTrue(Files.isRegularFile(r.referencedFile()), r.referencedFile().toString());
		}
	}

	@Test
	void anImageIsNoDicomdir() throws Exception {
		Path image = Tools.dump2dcm(dir, "IM1", image(1, 1), "+te");
		DicomException e = assertThrows(DicomException.class, () -> Dicomdir.read(image));
		assertTrue(e.getMessage().contains("not a DICOMDIR"), e.getMessage());
	}
}
