package org.spinerad.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.spinerad.dicom.DataSet;
import org.spinerad.dicom.DicomWriter;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.UIDs;
import org.spinerad.dicom.VR;
import org.spinerad.dicom.report.ImportResult;
import org.spinerad.dicom.report.StudyImporter;

/**
 * Imports a folder of N MR instances (default 10,000; 256 x 256 x 16-bit pixel
 * data, so mostly pixel data) with {@link StudyImporter}, against reading every
 * byte of the same files sequentially in the same run.
 */
public final class DicomImport {

	private DicomImport() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		Path root = Files.createTempDirectory("spinerad-bench-dicom");
		try {
			long bytes = populate(root, count);
			System.out.printf(Locale.ROOT, "folder: %d instances in 20 studies, %.1f MB (%.0f%% pixel data)%n", count,
					bytes / 1e6, 100.0 * count * PIXELS / bytes);
			// warm up both paths once (page cache and JIT), then the best of three rounds each
			readAllBytes(root);
			new StudyImporter().importFrom(root);
			long baseline = Long.MAX_VALUE;
			long importing = Long.MAX_VALUE;
			for (int round = 0; round < 3; round++) {
				long t0 = System.nanoTime();
				long read = readAllBytes(root);
				baseline = Math.min(baseline, System.nanoTime() - t0);
				if (read != bytes) {
					throw new IllegalStateException("read " + read + " of " + bytes + " bytes");
				}
				long t1 = System.nanoTime();
				ImportResult result = new StudyImporter().importFrom(root);
				importing = Math.min(importing, System.nanoTime() - t1);
				if (result.studies().size() != 20 || !result.badFiles().isEmpty()
						|| result.studies().stream().mapToInt(s -> s.instanceCount()).sum() != count) {
					throw new IllegalStateException("unexpected import: " + result.studies().size() + " studies, "
							+ result.badFiles().size() + " bad files");
				}
			}
			System.out.printf(Locale.ROOT, "baseline (read all bytes):  %.0f ms%n", baseline / 1e6);
			System.out.printf(Locale.ROOT, "import (studies, series):   %.0f ms  = %.2f x baseline, %.1f us per instance%n",
					importing / 1e6, (double) importing / baseline, importing / 1e3 / count);
		} finally {
			try (Stream<Path> walk = Files.walk(root)) {
				for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}

	private static final int ROWS = 256;
	private static final int PIXELS = ROWS * ROWS * 2;

	/** Writes the instances with our writer; 20 studies of 5 series each. @return total bytes */
	private static long populate(Path root, int count) throws IOException {
		byte[] pixels = new byte[PIXELS];
		for (int i = 0; i < pixels.length; i++) {
			pixels[i] = (byte) (i * 31);
		}
		long total = 0;
		for (int n = 0; n < count; n++) {
			int study = n % 20;
			int series = (n / 20) % 5;
			DataSet ds = new DataSet();
			ds.setString(Tag.SpecificCharacterSet, "ISO_IR 192");
			ds.setString(Tag.ImageType, "ORIGINAL", "PRIMARY", "M", "ND");
			ds.setString(Tag.SOPClassUID, UIDs.MR_IMAGE_STORAGE);
			ds.setString(Tag.SOPInstanceUID, "2.25.1000" + n);
			ds.setString(Tag.StudyDate, "20261102");
			ds.setString(Tag.StudyTime, "084000");
			ds.setString(Tag.AcquisitionDate, "20261102");
			ds.setString(Tag.AcquisitionTime, "0850" + String.format(Locale.ROOT, "%02d", n % 60));
			ds.setString(Tag.AccessionNumber, "ACC-" + study);
			ds.setString(Tag.Modality, "MR");
			ds.setString(Tag.InstitutionName, "Spital Zürich");
			ds.setString(Tag.StudyDescription, "MRI lumbar spine with contrast");
			ds.setString(Tag.SeriesDescription, series >= 3 ? "sag T1 FS post" : "sag T2");
			ds.setString(Tag.PatientName, "BENCH^PATIENT" + study);
			ds.setString(Tag.PatientID, "PID-" + study);
			ds.setString(Tag.PatientBirthDate, "19650412");
			ds.setString(Tag.PatientSex, "F");
			if (series >= 3) {
				ds.setString(Tag.ContrastBolusAgent, "Gadovist");
				ds.setString(Tag.ContrastBolusStartTime, "084500");
			}
			ds.setString(Tag.BodyPartExamined, "LSPINE");
			ds.setString(Tag.MagneticFieldStrength, "1.5");
			ds.setString(Tag.StudyInstanceUID, "2.25.2000" + study);
			ds.setString(Tag.SeriesInstanceUID, "2.25.2000" + study + "0" + series);
			ds.setInt(Tag.SeriesNumber, VR.IS, series + 1);
			ds.setInt(Tag.InstanceNumber, VR.IS, n);
			ds.setDecimal(Tag.ImageOrientationPatient, 0, 1, 0, 0, 0, -1);
			ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
			ds.setString(Tag.PhotometricInterpretation, "MONOCHROME2");
			ds.setInt(Tag.Rows, VR.US, ROWS);
			ds.setInt(Tag.Columns, VR.US, ROWS);
			ds.setInt(Tag.BitsAllocated, VR.US, 16);
			ds.setInt(Tag.BitsStored, VR.US, 12);
			ds.setInt(Tag.HighBit, VR.US, 11);
			ds.setInt(Tag.PixelRepresentation, VR.US, 0);
			ds.setBytes(Tag.PixelData, VR.OW, pixels);
			Path dir = root.resolve("study" + study).resolve("series" + series);
			Files.createDirectories(dir);
			Path file = dir.resolve(String.format(Locale.ROOT, "IM%05d.dcm", n));
			DicomWriter.definedLengths().write(ds, file);
			total += Files.size(file);
		}
		return total;
	}

	private static long readAllBytes(Path root) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		List<Path> files;
		try (Stream<Path> walk = Files.walk(root)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path p : files) {
			try (InputStream in = Files.newInputStream(p)) {
				for (int n; (n = in.read(buffer)) > 0;) {
					total += n;
				}
			}
		}
		return total;
	}
}
