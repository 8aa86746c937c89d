package org.spinerad.dicom.report.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.spinerad.dicom.report.ImportedInstance;
import org.spinerad.dicom.report.ImportedSeries;
import org.spinerad.dicom.report.ImportedStudy;
import org.spinerad.model.ContrastAdministration;
import org.spinerad.model.ContrastAgent;
import org.spinerad.model.ContrastRoute;
import org.spinerad.model.Exam;
import org.spinerad.model.Patient;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.Sequence;
import org.spinerad.model.Sex;
import org.spinerad.model.SpineSegment;
import org.spinerad.model.ImageReference;
import org.spinerad.model.Study;
import org.spinerad.model.StudyPriority;

/**
 * Puts an imported study into a report: patient, study (with the clinical
 * indication and priority of its order), and exam (region, field strength,
 * sequences before and after contrast, contrast agent).
 */
public final class ReportFiller {

	private final ZoneId zone;

	/** @param zone the zone of the DICOM dates and times (they have none) */
	public ReportFiller(ZoneId zone) {
		this.zone = zone;
	}

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
		set(study.clinicalIndication(), s::setClinicalIndication);
		StudyPriority priority = priority(study.priority());
		if (priority != null) {
			s.setPriority(priority);
		}
		images(s, study);

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

	/**
	 * @return the priority of a DICOM priority code: STAT is stat; HIGH urgent;
	 *         ROUTINE, MEDIUM, MED and LOW routine; null for any other code
	 */
	public static StudyPriority priority(String code) {
		if (code == null) {
			return null;
		}
		return switch (code.strip().toUpperCase(Locale.ROOT)) {
		case "STAT" -> StudyPriority.STAT;
		case "HIGH" -> StudyPriority.URGENT;
		case "ROUTINE", "MEDIUM", "MED", "LOW" -> StudyPriority.ROUTINE;
		default -> null;
		};
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
	public static SpineSegment region(List<ImportedSeries> series) {
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
		Set<String> words = SeriesClassifier.words(description);
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

	/**
	 * The evidence of the SR: every instance of the study, series by series;
	 * replaced when the import found instances with SOP Class and Instance UIDs.
	 */
	private void images(Study s, ImportedStudy study) {
		List<ImageReference> images = new java.util.ArrayList<>();
		for (ImportedSeries series : study.series()) {
			for (ImportedInstance instance : series.sopInstances()) {
				ImageReference image = ReportFactory.eINSTANCE.createImageReference();
				image.setSeriesInstanceUid(series.seriesInstanceUid());
				image.setSopClassUid(instance.sopClassUid());
				image.setSopInstanceUid(instance.sopInstanceUid());
				images.add(image);
			}
		}
		if (!images.isEmpty()) {
			s.getImages().clear();
			s.getImages().addAll(images);
		}
	}
}
