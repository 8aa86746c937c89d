package org.spinerad.dicom.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.spinerad.model.ContrastAdministration;
import org.spinerad.model.ContrastAgent;
import org.spinerad.model.ContrastRoute;
import org.spinerad.model.Exam;
import org.spinerad.model.Patient;
import org.spinerad.model.Plane;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.Sequence;
import org.spinerad.model.Sex;
import org.spinerad.model.SpineSegment;
import org.spinerad.model.Study;
import org.spinerad.model.Weighting;

/**
 * Imports studies from a folder (recursively) or a DICOMDIR: reads every file
 * (pixel data stays on disk), groups instances by study and series, and lists
 * the files it could not use with the reason. {@link #fill} then puts a study
 * into a report: patient, study and exam (region, field strength, sequences
 * before and after contrast, contrast agent).
 */
public final class StudyImporter {

	/** Keeps header values up to 1 MiB in memory; larger values stay on disk. */
	private static final ReadOptions OPTIONS = new ReadOptions(true, 1 << 20, 64, false);

	private final ZoneId zone;

	/** DICOM dates and times are taken as local times of the system time zone. */
	public StudyImporter() {
		this(ZoneId.systemDefault());
	}

	/** @param zone the zone of the DICOM dates and times (they have none) */
	public StudyImporter(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * Imports a folder (every file below it), a DICOMDIR, or one file.
	 *
	 * @throws IOException when the path does not exist or a folder cannot be
	 *                     listed; a DICOMDIR that cannot be read
	 */
	public ImportResult importFrom(Path path) throws IOException {
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
	private static final class Instance {
		Path file;
		String studyUid, seriesUid, sopInstanceUid, modality;
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
			i.modality = ds.getString(Tag.Modality);
			// keep only the top-level attributes used below (no sequences, no pixel data)
			DataSet header = ds.subset(KEPT);
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
			series.add(series(list));
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
				volume = safeDouble(h, Tag.ContrastBolusVolume);
				LocalDate day = firstDate(h, Tag.AcquisitionDate, Tag.SeriesDate, Tag.StudyDate);
				java.time.LocalTime time = safeTime(h, Tag.ContrastBolusStartTime);
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
				first.getString(Tag.ReferringPhysicianName), first.getString(Tag.InstitutionName), agent, route,
				volume, start, List.copyOf(series), instances.stream().map(i -> i.file).toList());
	}

	private static ImportedSeries series(List<Instance> instances) {
		DataSet h = instances.get(0).header;
		String description = h.getString(Tag.SeriesDescription);
		if (description == null) {
			description = h.getString(Tag.ProtocolName);
		}
		String agent = null;
		LocalDateTime acquired = null;
		for (Instance i : instances) {
			if (agent == null) {
				agent = i.header.getString(Tag.ContrastBolusAgent);
			}
			LocalDateTime t = acquisition(i.header);
			if (t != null && (acquired == null || t.isBefore(acquired))) {
				acquired = t;
			}
		}
		Set<String> words = words(description);
		boolean post = !words.contains("pre") && !words.contains("native") && (agent != null || words.contains("post")
				|| words.contains("+c") || words.contains("gd") || words.contains("+gd") || words.contains("contrast"));
		Double field = h.getDouble(Tag.MagneticFieldStrength);
		if (field != null && field > 100) {
			field = field / 10000.0; // some old scanners wrote gauss
		}
		String scanOptions = String.join(" ", h.getStrings(Tag.ScanOptions)).toLowerCase(Locale.ROOT);
		boolean fat = words.contains("fs") || words.contains("fatsat") || words.contains("stir")
				|| words.contains("tirm") || words.contains("dixon") || words.contains("spair") || words.contains("spir")
				|| scanOptions.contains("fs") || scanOptions.contains("fat");
		return new ImportedSeries(instances.get(0).seriesUid, h.getInt(Tag.SeriesNumber),
				instances.get(0).modality, description, h.getString(Tag.BodyPartExamined), field, agent, post,
				plane(h, words), weighting(words), fat, acquired, instances.size());
	}

	private static LocalDateTime acquisition(DataSet h) {
		try {
			LocalDate day = firstDate(h, Tag.AcquisitionDate, Tag.SeriesDate, Tag.StudyDate);
			java.time.LocalTime time = h.getTime(Tag.AcquisitionTime) != null ? h.getTime(Tag.AcquisitionTime)
					: h.getTime(Tag.SeriesTime);
			return day != null && time != null ? day.atTime(time) : null;
		} catch (DicomValueException e) {
			return null;
		}
	}

	private static LocalDate firstDate(DataSet h, int... tags) {
		for (int tag : tags) {
			try {
				LocalDate d = h.getDate(tag);
				if (d != null) {
					return d;
				}
			} catch (DicomValueException e) {
				// try the next
			}
		}
		return null;
	}

	private static java.time.LocalTime safeTime(DataSet h, int tag) {
		try {
			return h.getTime(tag);
		} catch (DicomValueException e) {
			return null;
		}
	}

	private static Double safeDouble(DataSet h, int tag) {
		try {
			return h.getDouble(tag);
		} catch (DicomValueException e) {
			return null;
		}
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		if (text != null) {
			for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9+]+")) {
				if (!w.isEmpty()) {
					words.add(w);
					if (w.startsWith("+") && w.length() > 1) {
						words.add(w.substring(1));
					}
				}
			}
		}
		return words;
	}

	private static Plane plane(DataSet h, Set<String> words) {
		double[] o;
		try {
			o = h.getDoubles(Tag.ImageOrientationPatient);
		} catch (DicomValueException e) {
			o = new double[0];
		}
		if (o.length == 6) {
			double nx = o[1] * o[5] - o[2] * o[4];
			double ny = o[2] * o[3] - o[0] * o[5];
			double nz = o[0] * o[4] - o[1] * o[3];
			double ax = Math.abs(nx), ay = Math.abs(ny), az = Math.abs(nz);
			if (ax > ay && ax > az) {
				return Plane.SAGITTAL;
			}
			if (ay > ax && ay > az) {
				return Plane.CORONAL;
			}
			if (az > ax && az > ay) {
				return Plane.AXIAL;
			}
		}
		if (words.contains("sag") || words.contains("sagittal")) {
			return Plane.SAGITTAL;
		}
		if (words.contains("ax") || words.contains("axial") || words.contains("tra") || words.contains("transversal")) {
			return Plane.AXIAL;
		}
		if (words.contains("cor") || words.contains("coronal")) {
			return Plane.CORONAL;
		}
		return Plane.OTHER;
	}

	private static Weighting weighting(Set<String> words) {
		if (words.contains("stir") || words.contains("tirm")) {
			return Weighting.STIR;
		}
		if (words.contains("dwi") || words.contains("diff") || words.contains("diffusion") || words.contains("adc")
				|| words.contains("trace")) {
			return Weighting.DWI;
		}
		if (words.stream().anyMatch(w -> w.startsWith("t2"))) {
			return Weighting.T2;
		}
		if (words.stream().anyMatch(w -> w.startsWith("t1"))) {
			return Weighting.T1;
		}
		return Weighting.OTHER;
	}

	// ---- into the report

	/**
	 * Fills a report's patient, study and exam from an imported study. Values the
	 * study does not have leave the report's values as they are; the sequences
	 * are replaced when the study has MR series.
	 */
	public void fill(Report report, ImportedStudy study) {
		ReportFactory factory = ReportFactory.eINSTANCE;
		if (report.getPatient() == null) {
			report.setPatient(factory.createPatient());
		}
		if (report.getStudy() == null) {
			report.setStudy(factory.createStudy());
		}
		if (report.getExam() == null) {
			report.setExam(factory.createExam());
		}
		Patient p = report.getPatient();
		set(study.patientName(), p::setName);
		set(study.patientId(), p::setPatientId);
		if (study.birthDate() != null) {
			p.setBirthDate(Date.from(study.birthDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
			p.setAgeYears(null);
		} else if (study.ageYears() != null) {
			p.setAgeYears(study.ageYears());
		}
		if (study.sex() != null) {
			p.setSex(switch (study.sex().toUpperCase(Locale.ROOT)) {
			case "M" -> Sex.MALE;
			case "F" -> Sex.FEMALE;
			case "O" -> Sex.OTHER;
			default -> Sex.UNKNOWN;
			});
		}
		if (study.weightKg() != null && study.weightKg() > 0) {
			p.setWeightKg(study.weightKg());
		}
		Study s = report.getStudy();
		s.setStudyInstanceUid(study.studyInstanceUid());
		set(study.accessionNumber(), s::setAccessionNumber);
		if (study.studyDateTime() != null) {
			s.setStudyDateTime(Date.from(study.studyDateTime().atZone(zone).toInstant()));
		}
		set(study.description(), s::setStudyDescription);
		set(study.referringPhysician(), s::setReferringPhysician);
		set(study.institution(), s::setInstitution);

		Exam exam = report.getExam();
		List<ImportedSeries> mr = study.series().stream().filter(x -> "MR".equalsIgnoreCase(x.modality())).toList();
		SpineSegment region = region(mr);
		if (region != null) {
			exam.setRegionImaged(region);
		}
		mr.stream().map(ImportedSeries::fieldStrengthTesla).filter(f -> f != null && f > 0).findFirst()
				.ifPresent(exam::setFieldStrengthTesla);
		if (!mr.isEmpty()) {
			exam.getSequences().clear();
			for (ImportedSeries x : mr) {
				Sequence seq = factory.createSequence();
				seq.setName(x.description() != null ? x.description()
						: "Series " + (x.seriesNumber() == null ? "?" : x.seriesNumber()));
				seq.setPlane(x.plane());
				seq.setWeighting(x.weighting());
				seq.setFatSuppressed(x.fatSuppressed());
				seq.setPostContrast(x.postContrast());
				if (x.postContrast() && x.acquired() != null && study.contrastStart() != null
						&& !x.acquired().isBefore(study.contrastStart())) {
					seq.setMinutesAfterInjection(
							Math.round(Duration.between(study.contrastStart(), x.acquired()).toSeconds() / 6.0) / 10.0);
				}
				exam.getSequences().add(seq);
			}
		}
		if (study.contrastAgent() != null) {
			ContrastAdministration c = exam.getContrast() != null ? exam.getContrast()
					: factory.createContrastAdministration();
			exam.setContrast(c);
			ContrastAgent agent = agent(study.contrastAgent());
			c.setAgent(agent);
			c.setAgentName(agent == ContrastAgent.OTHER ? study.contrastAgent() : c.getAgentName());
			if (study.contrastRoute() != null) {
				String r = study.contrastRoute().toUpperCase(Locale.ROOT);
				c.setRoute(r.equals("IV") || r.startsWith("INTRAVEN") || r.startsWith("I.V")
						? ContrastRoute.INTRAVENOUS : ContrastRoute.OTHER);
			}
			if (study.contrastVolumeMl() != null && study.contrastVolumeMl() > 0) {
				c.setVolumeMl(study.contrastVolumeMl());
			}
			if (study.contrastStart() != null) {
				c.setInjectionTime(Date.from(study.contrastStart().atZone(zone).toInstant()));
			}
			exam.getSequences().stream().filter(Sequence::isPostContrast).map(Sequence::getMinutesAfterInjection)
					.filter(m -> m != null).min(Double::compare).ifPresent(c::setMinutesAfterInjection);
		}
	}

	private static void set(String value, java.util.function.Consumer<String> setter) {
		if (value != null && !value.isBlank()) {
			setter.accept(value);
		}
	}

	/** @return the agent of a Contrast/Bolus Agent text (generic or brand name), OTHER when unknown */
	public static ContrastAgent agent(String text) {
		String t = text.toLowerCase(Locale.ROOT);
		if (t.contains("gadobutrol") || t.contains("gadovist") || t.contains("gadavist")) {
			return ContrastAgent.GADOBUTROL;
		}
		if (t.contains("gadoter") || t.contains("dotarem") || t.contains("clariscan") || t.contains("artirem")) {
			return ContrastAgent.GADOTERATE_MEGLUMINE;
		}
		if (t.contains("gadoteridol") || t.contains("prohance")) {
			return ContrastAgent.GADOTERIDOL;
		}
		if (t.contains("gadobenat") || t.contains("multihance")) {
			return ContrastAgent.GADOBENATE_DIMEGLUMINE;
		}
		if (t.contains("gadopiclenol") || t.contains("elucirem") || t.contains("vueway")) {
			return ContrastAgent.GADOPICLENOL;
		}
		return ContrastAgent.OTHER;
	}

	/**
	 * @return the region covered by the MR series: Body Part Examined (CSPINE,
	 *         TSPINE, LSPINE, SSPINE, CTSPINE, TLSPINE, LSSPINE, SPINE,
	 *         WHOLESPINE) or words of the description, combined over all series;
	 *         null when none says
	 */
	static SpineSegment region(List<ImportedSeries> series) {
		int low = Integer.MAX_VALUE, high = -1;
		for (ImportedSeries s : series) {
			int[] range = range(s.bodyPart(), s.description());
			if (range != null) {
				low = Math.min(low, range[0]);
				high = Math.max(high, range[1]);
			}
		}
		if (high < 0) {
			return null;
		}
		if (low == high) {
			return switch (low) {
			case 0 -> SpineSegment.CERVICAL;
			case 1 -> SpineSegment.THORACIC;
			case 2 -> SpineSegment.LUMBAR;
			default -> SpineSegment.SACRAL;
			};
		}
		if (high - low == 1) {
			return switch (low) {
			case 0 -> SpineSegment.CERVICOTHORACIC;
			case 1 -> SpineSegment.THORACOLUMBAR;
			default -> SpineSegment.LUMBOSACRAL;
			};
		}
		return SpineSegment.WHOLE_SPINE;
	}

	/** @return [first, last] of 0 cervical, 1 thoracic, 2 lumbar, 3 sacral; or null */
	private static int[] range(String bodyPart, String description) {
		if (bodyPart != null) {
			switch (bodyPart.toUpperCase(Locale.ROOT).replace(" ", "")) {
			case "CSPINE":
				return new int[] { 0, 0 };
			case "TSPINE":
				return new int[] { 1, 1 };
			case "LSPINE":
				return new int[] { 2, 2 };
			case "SSPINE", "SACRUM", "COCCYX":
				return new int[] { 3, 3 };
			case "CTSPINE":
				return new int[] { 0, 1 };
			case "TLSPINE":
				return new int[] { 1, 2 };
			case "LSSPINE":
				return new int[] { 2, 3 };
			case "SPINE", "WHOLESPINE", "WHOLEBODY":
				return new int[] { 0, 3 };
			default:
				break;
			}
		}
		Set<String> words = words(description);
		if (words.contains("whole") || words.contains("wholespine")) {
			return new int[] { 0, 3 };
		}
		int low = Integer.MAX_VALUE, high = -1;
		String[][] names = { { "cervical", "cspine", "hws" }, { "thoracic", "tspine", "bws" },
				{ "lumbar", "lspine", "lws" }, { "sacral", "sacrum", "sspine" } };
		for (int i = 0; i < names.length; i++) {
			for (String n : names[i]) {
				if (words.contains(n)) {
					low = Math.min(low, i);
					high = Math.max(high, i);
				}
			}
		}
		return high < 0 ? null : new int[] { low, high };
	}
}
