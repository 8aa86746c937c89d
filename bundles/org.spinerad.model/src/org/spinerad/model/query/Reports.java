package org.spinerad.model.query;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.ecore.EClass;
import org.spinerad.model.ClinicalContext;
import org.spinerad.model.Exam;
import org.spinerad.model.Finding;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.SpineSegment;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.levels.Vertebra;

/** Read-only questions about reports, and a new empty report. No UI, no I/O. */
public final class Reports {

	private Reports() {
	}

	/** @return a new draft report with an id, a creation time and all context objects */
	public static Report newDraft(String author) {
		ReportFactory factory = ReportFactory.eINSTANCE;
		Report report = factory.createReport();
		report.setId(UUID.randomUUID().toString());
		report.setFormatVersion(org.spinerad.model.io.ReportIO.FORMAT_VERSION);
		report.setStatus(ReportStatus.DRAFT);
		report.setAuthor(author);
		Date now = new Date();
		report.setCreatedAt(now);
		report.setModifiedAt(now);
		report.setPatient(factory.createPatient());
		report.setStudy(factory.createStudy());
		report.setClinical(factory.createClinicalContext());
		Exam exam = factory.createExam();
		exam.setContrast(factory.createContrastAdministration());
		report.setExam(exam);
		for (RegionKind kind : RegionKind.values()) {
			Region region = factory.createRegion();
			region.setKind(kind);
			report.getRegions().add(region);
		}
		return report;
	}

	/** @return the region of a kind, if the report has it */
	public static Optional<Region> region(Report report, RegionKind kind) {
		return report.getRegions().stream().filter(r -> r.getKind() == kind).findFirst();
	}

	/** @return every finding of the report in region order */
	public static List<Finding> findings(Report report) {
		List<Finding> all = new ArrayList<>();
		report.getRegions().forEach(r -> all.addAll(r.getFindings()));
		return all;
	}

	/** @return the region a finding belongs to, or null */
	public static Region regionOf(Finding finding) {
		return finding.eContainer() instanceof Region region ? region : null;
	}

	/** @return the finding class a region holds */
	public static EClass findingClass(RegionKind kind) {
		ReportPackage p = ReportPackage.eINSTANCE;
		return switch (kind) {
		case BONE_MARROW -> p.getMarrowFinding();
		case DISC -> p.getDiscFinding();
		case EPIDURAL -> p.getEpiduralFinding();
		case CORD_ROOTS_MENINGES -> p.getCordFinding();
		case FACETS -> p.getFacetFinding();
		case PARASPINAL -> p.getParaspinalFinding();
		};
	}

	/** @return the last level of a finding's range (its only level when no range) */
	public static SpineLevel lastLevel(Finding finding) {
		return finding.getTo() != null ? finding.getTo() : finding.getFrom();
	}

	/**
	 * The range of levels the exam covers: the explicit coverage when given,
	 * else the span of the imaged region (a whole spine covers C1 to the coccyx).
	 *
	 * @return {from, to}, or empty when the exam does not say
	 */
	public static Optional<SpineLevel[]> coverage(Exam exam) {
		if (exam == null) {
			return Optional.empty();
		}
		if (exam.getCoverageFrom() != null && exam.getCoverageTo() != null) {
			return Optional.of(new SpineLevel[] { exam.getCoverageFrom(), exam.getCoverageTo() });
		}
		if (!exam.eIsSet(ReportPackage.Literals.EXAM__REGION_IMAGED)) {
			return Optional.empty();
		}
		SpineSegment segment = exam.getRegionImaged();
		Vertebra[] span = switch (segment) {
		case CERVICAL -> new Vertebra[] { Vertebra.C1, Vertebra.T1 };
		case THORACIC -> new Vertebra[] { Vertebra.C7, Vertebra.L1 };
		case LUMBAR -> new Vertebra[] { Vertebra.T11, Vertebra.S2 };
		case SACRAL -> new Vertebra[] { Vertebra.L5, Vertebra.CO };
		case CERVICOTHORACIC -> new Vertebra[] { Vertebra.C1, Vertebra.L1 };
		case THORACOLUMBAR -> new Vertebra[] { Vertebra.C7, Vertebra.S2 };
		case LUMBOSACRAL -> new Vertebra[] { Vertebra.T11, Vertebra.CO };
		case WHOLE_SPINE -> new Vertebra[] { Vertebra.C1, Vertebra.CO };
		};
		return Optional.of(new SpineLevel[] { SpineLevel.of(span[0]), SpineLevel.of(span[1]) });
	}

	/** @return whether the report can no longer be edited (final or amended) */
	public static boolean isSigned(Report report) {
		return report.getStatus() == ReportStatus.FINAL || report.getStatus() == ReportStatus.AMENDED;
	}

	/**
	 * The neurological deficit as documented, from the status or the older
	 * deficit flag (validation keeps them in agreement).
	 *
	 * @return true for a deficit, false for none, null when not documented or unknown
	 */
	public static Boolean neurologicalDeficit(Report report) {
		ClinicalContext clinical = report.getClinical();
		if (clinical == null) {
			return null;
		}
		return switch (clinical.getNeurologicalStatus()) {
		case DEFICIT -> Boolean.TRUE;
		case NONE -> Boolean.FALSE;
		case UNKNOWN -> null;
		case NOT_DOCUMENTED -> clinical.getNeurologicalDeficit();
		};
	}
}
