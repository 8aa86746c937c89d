package org.spinerad.dicom.report.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.spinerad.dicom.DataSet;
import org.spinerad.dicom.DicomException;
import org.spinerad.dicom.DicomFile;
import org.spinerad.dicom.DicomReader;
import org.spinerad.dicom.DicomValueException;
import org.spinerad.dicom.Dicomdir;
import org.spinerad.dicom.ReadOptions;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.report.BadFile;
import org.spinerad.dicom.report.ImportResult;
import org.spinerad.dicom.report.ImportedSeries;
import org.spinerad.dicom.report.ImportedStudy;

/**
 * Finds the studies in a folder (recursively), a DICOMDIR or one file: reads
 * every regular file (pixel data stays on disk), groups the instances by study
 * and lists the files it could not use with the reason. The series are
 * described by {@link SeriesClassifier}.
 */
final class StudyScanner {

	/** Keeps header values up to 1 MiB in memory; larger values stay on disk. */
	private static final ReadOptions OPTIONS = new ReadOptions(true, 1 << 20, 64, false);

	/**
	 * Imports a folder (every file below it), a DICOMDIR, or one file.
	 *
	 * @throws IOException when the path does not exist or a folder cannot be
	 *                     listed; a DICOMDIR that cannot be read
	 */
	ImportResult scan(Path path) throws IOException {
		if (!Files.exists(path)) {
			throw new NoSuchFileException(path.toString(), null, "no such file or folder");
		}
		List<BadFile> bad = new ArrayList<>();
		List<Path> files = new ArrayList<>();
		if (Files.isDirectory(path)) {
			try (Stream<Path> walk = Files.walk(path)) {
				walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(p -> {
					String notRegular = notRegular(p);
					if (notRegular == null) {
						files.add(p);
					} else {
						bad.add(new BadFile(p, notRegular));
					}
				});
			}
		} else if (notRegular(path) != null) {
			bad.add(new BadFile(path, notRegular(path)));
		} else if (isDicomdir(path)) {
			Dicomdir dicomdir = Dicomdir.read(path);
			Set<Path> seen = new HashSet<>();
			for (Dicomdir.Record record : dicomdir.records()) {
				Path file = record.referencedFile();
				if (file == null || !seen.add(file)) {
					continue;
				}
				if (!Files.exists(file)) {
					bad.add(new BadFile(file, "referenced by the DICOMDIR (" + String.join("\\", record.fileId())
							+ ") but missing"));
				} else if (notRegular(file) != null) {
					bad.add(new BadFile(file, notRegular(file)));
				} else {
					files.add(file);
				}
			}
		} else {
			files.add(path);
		}
		Map<String, List<Instance>> byStudy = new LinkedHashMap<>();
		Set<String> sopInstances = new HashSet<>();
		int read = 0;
		for (Path file : files) {
			read++;
			Instance instance;
			try {
				DicomFile dicom = DicomReader.read(file, OPTIONS);
				if (dicom.isDicomdir()) {
					continue; // the DICOMDIR of media inside the folder: its files are read anyway
				}
				instance = Instance.of(file, dicom.dataSet());
			} catch (DicomException | DicomValueException | ProblemException e) {
				bad.add(new BadFile(file, e.getMessage()));
				continue;
			} catch (AccessDeniedException e) {
				bad.add(new BadFile(file, "cannot be read: permission denied"));
				continue;
			} catch (IOException e) {
				bad.add(new BadFile(file, "cannot be read: " + e.getMessage()));
				continue;
			}
			if (instance.sopInstanceUid != null && !sopInstances.add(instance.sopInstanceUid)) {
				continue; // the same instance twice (a copy)
			}
			byStudy.computeIfAbsent(instance.studyUid, k -> new ArrayList<>()).add(instance);
		}
		List<ImportedStudy> studies = new ArrayList<>();
		for (List<Instance> instances : byStudy.values()) {
			studies.add(study(instances));
		}
		studies.sort(Comparator.comparing(ImportedStudy::studyDateTime, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(ImportedStudy::studyInstanceUid));
		bad.sort(Comparator.comparing(BadFile::file));
		return new ImportResult(List.copyOf(studies), List.copyOf(bad), read);
	}

	/**
	 * Only regular files are read: a named pipe would block the import for ever,
	 * and a device or socket is no DICOM file.
	 *
	 * @return why a path (following links) is not a regular file to read, or null when it is one
	 */
	static String notRegular(Path path) {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(path, BasicFileAttributes.class);
		} catch (IOException e) {
			return Files.isSymbolicLink(path) ? "a link to nothing (its target is missing); not read"
					: "cannot be examined: " + e.getMessage();
		}
		if (attributes.isRegularFile()) {
			return null;
		}
		if (attributes.isDirectory()) {
			return "a link to a folder; links to folders are not followed, give the folder itself";
		}
		return "not a regular file (a named pipe, device or socket); only regular files are read";
	}

	private static boolean isDicomdir(Path path) {
		if (path.getFileName().toString().equalsIgnoreCase("DICOMDIR")) {
			return true;
		}
		try {
			return DicomReader.read(path, new ReadOptions(true, 1 << 10, 8, true)).isDicomdir();
		} catch (IOException e) {
			return false;
		}
	}

	/** An instance's attributes the import needs (the data set itself is not kept). */
	static final class Instance {
		Path file;
		String studyUid, seriesUid, sopClassUid, sopInstanceUid, modality;
		DataSet header;

		static Instance of(Path file, DataSet ds) throws ProblemException {
			Instance i = new Instance();
			i.file = file;
			i.studyUid = ds.getString(Tag.StudyInstanceUID);
			if (i.studyUid == null) {
				throw new ProblemException("no Study Instance UID (0020,000D)");
			}
			i.seriesUid = ds.getString(Tag.SeriesInstanceUID, "");
			i.sopInstanceUid = ds.getString(Tag.SOPInstanceUID);
			i.sopClassUid = ds.getString(Tag.SOPClassUID);
			i.modality = ds.getString(Tag.Modality);
			// keep only the attributes used below (the request sequence, no pixel data)
			DataSet header = ds.subset(java.util.stream.IntStream
					.concat(java.util.Arrays.stream(KEPT), java.util.Arrays.stream(OrderAttributes.TAGS)).toArray());
			i.header = header;
			// check the values used now, so a malformed one lists the file as bad
			header.getDate(Tag.StudyDate);
			header.getTime(Tag.StudyTime);
			header.getDate(Tag.PatientBirthDate);
			header.getDouble(Tag.PatientWeight);
			header.getDouble(Tag.MagneticFieldStrength);
			header.getInt(Tag.SeriesNumber);
			return i;
		}
	}

	private static final int[] KEPT = { Tag.SpecificCharacterSet, Tag.StudyDate, Tag.StudyTime, Tag.SeriesDate,
			Tag.SeriesTime, Tag.AcquisitionDate, Tag.AcquisitionTime, Tag.AccessionNumber, Tag.Modality,
			Tag.InstitutionName, Tag.ReferringPhysicianName, Tag.StudyDescription, Tag.SeriesDescription,
			Tag.PatientName, Tag.PatientID, Tag.PatientBirthDate, Tag.PatientSex, Tag.PatientAge, Tag.PatientWeight,
			Tag.ContrastBolusAgent, Tag.BodyPartExamined, Tag.ScanOptions, Tag.MagneticFieldStrength,
			Tag.ProtocolName, Tag.ContrastBolusRoute, Tag.ContrastBolusVolume, Tag.ContrastBolusStartTime,
			Tag.SeriesNumber, Tag.ImageOrientationPatient };

	/** A malformed instance that is not a codec error. */
	private static final class ProblemException extends Exception {
		private static final long serialVersionUID = 1L;

		ProblemException(String message) {
			super(message);
		}
	}

	private static ImportedStudy study(List<Instance> instances) {
		DataSet first = instances.get(0).header;
		Map<String, List<Instance>> bySeries = new LinkedHashMap<>();
		for (Instance i : instances) {
			bySeries.computeIfAbsent(i.seriesUid, k -> new ArrayList<>()).add(i);
		}
		List<ImportedSeries> series = new ArrayList<>();
		for (List<Instance> list : bySeries.values()) {
			series.add(SeriesClassifier.series(list));
		}
		series.sort(Comparator.comparing(ImportedSeries::seriesNumber, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(ImportedSeries::seriesInstanceUid));
		// contrast: from the first post-contrast instance that names an agent
		String agent = null, route = null;
		Double volume = null;
		LocalDateTime start = null;
		for (Instance i : instances) {
			DataSet h = i.header;
			if (h.getString(Tag.ContrastBolusAgent) != null) {
				agent = h.getString(Tag.ContrastBolusAgent);
				route = h.getString(Tag.ContrastBolusRoute);
				volume = SeriesClassifier.safeDouble(h, Tag.ContrastBolusVolume);
				LocalDate day = SeriesClassifier.firstDate(h, Tag.AcquisitionDate, Tag.SeriesDate, Tag.StudyDate);
				java.time.LocalTime time = SeriesClassifier.safeTime(h, Tag.ContrastBolusStartTime);
				start = day != null && time != null ? day.atTime(time) : null;
				break;
			}
		}
		String ageText = first.getString(Tag.PatientAge);
		Integer age = null;
		if (ageText != null && ageText.matches("\\d{3}Y")) {
			age = Integer.parseInt(ageText.substring(0, 3));
		}
		return new ImportedStudy(instances.get(0).studyUid, first.getString(Tag.PatientName),
				first.getString(Tag.PatientID), first.getDate(Tag.PatientBirthDate), first.getString(Tag.PatientSex),
				age, first.getDouble(Tag.PatientWeight), first.getString(Tag.AccessionNumber),
				first.getDateTime(Tag.StudyDate, Tag.StudyTime), first.getString(Tag.StudyDescription),
				first.getString(Tag.ReferringPhysicianName), first.getString(Tag.InstitutionName),
				OrderAttributes.indication(first), OrderAttributes.priority(first), agent, route, volume, start,
				List.copyOf(series), instances.stream().map(i -> i.file).toList());
	}

}
