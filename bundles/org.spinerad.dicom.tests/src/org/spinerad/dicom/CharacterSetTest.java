package org.spinerad.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.dicom.testing.Tools;

/** Specific Character Set: ISO_IR 100 and ISO_IR 192 in files written by dump2dcm, and encoding rules. */
class CharacterSetTest {

	@TempDir
	Path dir;

	private static final String NAMES = "Müller-Lüdenscheidt^Jörg Çağrı";

	private Path file(String charset, Charset bytes, String name, String item, String... options) throws Exception {
		String dump = "(0008,0005) CS [" + charset + "]\n" //
				+ "(0008,0016) UI =MRImageStorage\n" //
				+ "(0008,0018) UI [1.2.3.9]\n" //
				+ "(0010,0010) PN [" + name + "]\n" //
				+ "(0040,a730) SQ (Sequence with explicit length #=1)\n" //
				+ "  (fffe,e000) na (Item with explicit length #=1)\n" //
				+ "    (0040,a160) UT [" + item + "]\n" //
				+ "  (fffe,e00d) na (ItemDelimitationItem for re-encoding)\n" //
				+ "(fffe,e0dd) na (SequenceDelimitationItem for re-encod.)\n";
		return Tools.dump2dcm(dir, "cs.dcm", dump, bytes, options);
	}

	@Test
	void decodesIsoIr100() throws Exception {
		String latin1 = "Müller^Jörg=Ærø"; // all in ISO 8859-1
		DataSet ds = DicomReader.read(file("ISO_IR 100", StandardCharsets.ISO_8859_1, latin1, "Ödem, 5 µm", "+te"))
				.dataSet();
		assertEquals(latin1, ds.getString(Tag.PatientName));
		assertEquals("Ödem, 5 µm", ds.getItem(Tag.ContentSequence).getString(Tag.TextValue),
				"items inherit the character set");
	}

	@Test
	void decodesIsoIr192InImplicitVrWithUndefinedLengths() throws Exception {
		String text = "Ödem L3–L4 — 日本語, ελληνικά";
		DataSet ds = DicomReader
				.read(file("ISO_IR 192", StandardCharsets.UTF_8, NAMES, text, "+ti", "-e")).dataSet();
		assertEquals(NAMES, ds.getString(Tag.PatientName));
		assertEquals(text, ds.getItem(Tag.ContentSequence).getString(Tag.TextValue));
	}

	@Test
	void decodesOtherSingleByteSetAndIso2022Base() throws Exception {
		Charset latin2 = Charset.forName("ISO-8859-2");
		DataSet ds = DicomReader.read(file("ISO_IR 101", latin2, "Dvořák^Čeněk", "Łódź", "+te")).dataSet();
		assertEquals("Dvořák^Čeněk", ds.getString(Tag.PatientName));
		assertEquals("Łódź", ds.getItem(Tag.ContentSequence).getString(Tag.TextValue));
		DataSet ext = DicomReader.read(file("ISO 2022 IR 100", StandardCharsets.ISO_8859_1, "Müller^Jörg", "x", "+te"))
				.dataSet();
		assertEquals("Müller^Jörg", ext.getString(Tag.PatientName));
	}

	@Test
	void unsupportedCharacterSetIsAClearError() throws Exception {
		DicomException e = assertThrows(DicomException.class,
				() -> DicomReader.read(file("ISO_IR 999", StandardCharsets.US_ASCII, "A^B", "x", "+te")));
		assertTrue(e.getMessage().contains("unsupported Specific Character Set 'ISO_IR 999'"), e.getMessage());
		assertTrue(e.getMessage().contains("(0008,0005) SpecificCharacterSet"), e.getMessage());
		assertTrue(e.offset() > 132, e.getMessage());
	}

	@Test
	void writingNonAsciiNeedsACharacterSet() {
		DataSet ds = new DataSet();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ds.setString(Tag.PatientName, "Müller"));
		assertTrue(e.getMessage().contains("ISO_IR 192"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> ds.setString(Tag.Modality, "MRÄ"));
		ds.setString(Tag.SpecificCharacterSet, "ISO_IR 100");
		ds.setString(Tag.PatientName, "Müller");
		assertEquals(6, ds.get(Tag.PatientName).bytes().length, "one byte a character in Latin-1");
		assertThrows(IllegalArgumentException.class, () -> ds.setString(Tag.PatientName, "日本"));
	}

	@Test
	void ourUtf8FilesAreReadByDcmdump() throws Exception {
		DataSet ds = Samples.made();
		Path out = dir.resolve("ours.dcm");
		DicomWriter.definedLengths().write(ds, out);
		String dump = Tools.dcmdump(out);
		assertTrue(dump.contains("Žluťoučký^Kůň"), dump);
		assertTrue(dump.contains("Ödem L3–L4, 5 mm; 日本語"), dump);
	}
}
