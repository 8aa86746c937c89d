package org.spinerad.dicom.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.spinerad.dicom.testing.Tools;

/** MR instances made with DCMTK's dump2dcm for import tests. */
final class StudyFiles {

	private StudyFiles() {
	}

	static final String STUDY = "1.2.826.0.1.3680043.2.1125.77";

	/**
	 * An MR image of the test study: series 1 is "sag T1" before contrast,
	 * series 2 "sag T1 FS post" after gadobutrol (Contrast/Bolus attributes).
	 */
	static String mr(String studyUid, int series, int instance) {
		boolean post = series == 2;
		String contrast = post ? """
				(0018,0010) LO [Gadovist 1.0]
				(0018,1040) LO [IV]
				(0018,1041) DS [6.8]
				(0018,1042) TM [090000]
				""" : "";
		return """
				(0008,0005) CS [ISO_IR 192]
				(0008,0016) UI =MRImageStorage
				(0008,0018) UI [%1$s.%2$d.%3$d]
				(0008,0020) DA [20261102]
				(0008,0021) DA [20261102]
				(0008,0022) DA [20261102]
				(0008,0030) TM [084000]
				(0008,0032) TM [%4$s]
				(0008,0050) SH [ACC-77]
				(0008,0060) CS [MR]
				(0008,0080) LO [Spital Zürich Süd]
				(0008,0090) PN [NOVAK^SARA]
				(0008,1030) LO [MRI lumbar spine with contrast]
				(0008,103e) LO [%5$s]
				(0010,0010) PN [MÜLLER^JÜRGEN]
				(0010,0020) LO [PID-77]
				(0010,0030) DA [19650412]
				(0010,0040) CS [M]
				(0010,1030) DS [82]
				%6$s(0018,0015) CS [LSPINE]
				(0018,0087) DS [3]
				(0020,000d) UI [%1$s]
				(0020,000e) UI [%1$s.%2$d]
				(0020,0011) IS [%2$d]
				(0020,0013) IS [%3$d]
				(0020,0037) DS [0\\1\\0\\0\\0\\-1]
				(0028,0002) US 1
				(0028,0004) CS [MONOCHROME2]
				(0028,0010) US 4
				(0028,0011) US 4
				(0028,0100) US 16
				(0028,0101) US 12
				(0028,0102) US 11
				(0028,0103) US 0
				(7fe0,0010) OW 0\\1\\2\\3\\4\\5\\6\\7\\8\\9\\10\\11\\12\\13\\14\\15
				""".formatted(studyUid, series, instance, post ? "090500" : "085000",
				post ? "sag T1 FS post" : "sag T1", contrast);
	}

	/**
	 * Writes one instance of a study with order attributes (more dump2dcm lines)
	 * in the encoding of {@code option} (+te or +ti).
	 */
	static Path writeWithOrder(Path dir, String name, String studyUid, String order, String option) throws Exception {
		Files.createDirectories(dir);
		return Tools.dump2dcm(dir, name, mr(studyUid, 1, 1) + order, StandardCharsets.UTF_8, option);
	}

	/** Writes one instance with dump2dcm (explicit VR for series 1, implicit for series 2). */
	static Path write(Path dir, String name, String studyUid, int series, int instance) throws Exception {
		return write(dir, name, studyUid, series, instance, series == 1 ? "+te" : "+ti");
	}

	/** Writes one instance with dump2dcm in the encoding of {@code option} (+te or +ti). */
	static Path write(Path dir, String name, String studyUid, int series, int instance, String option)
			throws Exception {
		Files.createDirectories(dir);
		return Tools.dump2dcm(dir, name, mr(studyUid, series, instance), StandardCharsets.UTF_8, option);
	}
}
