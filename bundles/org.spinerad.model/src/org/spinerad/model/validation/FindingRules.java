package org.spinerad.model.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.spinerad.model.AxialPosition;
import org.spinerad.model.CordEffect;
import org.spinerad.model.CordFinding;
import org.spinerad.model.DiscFinding;
import org.spinerad.model.Enhancement;
import org.spinerad.model.EnhancementIntensity;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.FacetFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.LesionCenter;
import org.spinerad.model.Located;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.ParaspinalSite;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.Side;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;

/** The rules of regions, findings, their levels, sides and enhancement. */
final class FindingRules {

	private static final ReportPackage P = ReportPackage.eINSTANCE;

	private FindingRules() {
	}

	static void all(Finding finding, Checker check) {
		findingId(finding, check);
		findingIdUnique(finding, check);
		findingValues(finding, check);
		levelKind(finding, check);
		sides(finding, check);
		if (finding instanceof EpiduralFinding epidural) {
			bilskyInputs(epidural, check);
		}
	}

	/** {@link Rules#REGION_FINDING_TYPE} */
	static void regionFindingTypes(Region region, Checker check) {
		EClass expected = Reports.findingClass(region.getKind());
		for (Finding finding : region.getFindings()) {
			if (finding.eClass() != expected) {
				check.error(Rules.REGION_FINDING_TYPE, finding, null,
						"A " + Words.kind(finding) + " cannot be filed under "
								+ Words.region(region.getKind()) + "; move it to its own region");
			}
		}
	}

	/**
	 * {@link Rules#REGION_NORMAL_WITH_FINDINGS}: a region is either normal (its
	 * statement) or described by its findings, never both; signed, it would say
	 * "no epidural tumor" and then describe one.
	 */
	static void regionNormalExclusive(Region region, Checker check) {
		int findings = region.getFindings().size();
		boolean statement = !Checker.isBlank(region.getStatement());
		if (findings == 0 || !statement && !region.isNormal()) {
			return;
		}
		String says = statement ? "states normal (\"" + region.getStatement().strip() + "\")" : "is ticked Normal";
		check.signingError(Rules.REGION_NORMAL_WITH_FINDINGS, region,
				statement ? P.getRegion_Statement() : P.getRegion_Normal(),
				Words.region(region.getKind()) + " " + says + " but has " + findings
						+ (findings == 1 ? " finding" : " findings") + "; remove the normal statement"
						+ (region.isNormal() ? " (and untick Normal)" : "") + " or the findings");
	}

	static void levels(Located located, Checker check) {
		levelMissing(located, check);
		rangeOrder(located, check);
		outsideExam(located, check);
	}

	/** {@link Rules#LEVEL_MISSING} */
	static void levelMissing(Located located, Checker check) {
		if (located.getFrom() == null && located instanceof Finding) {
			check.signingError(Rules.LEVEL_MISSING, located, P.getLocated_From(),
					"The finding has no level; enter its level or range, e.g. L4-L5 or T8 to T10");
		}
	}

	/** {@link Rules#LEVEL_RANGE_ORDER}: a range has a start and runs downwards */
	static void rangeOrder(Located located, Checker check) {
		SpineLevel from = located.getFrom();
		SpineLevel to = located.getTo();
		if (from == null && to != null) {
			check.error(Rules.LEVEL_RANGE_ORDER, located, P.getLocated_From(),
					"The range has an end (" + to + ") but no start; enter the cranial level");
		} else if (from != null && to != null && to.isAbove(from)) {
			check.error(Rules.LEVEL_RANGE_ORDER, located, P.getLocated_To(), "The range runs from " + from + " to " + to
					+ ", which is upwards; enter the cranial level first (" + to + " to " + from + ")");
		}
	}

	/** {@link Rules#LEVEL_OUTSIDE_EXAM} */
	static void outsideExam(Located located, Checker check) {
		SpineLevel from = located.getFrom();
		SpineLevel to = located.getTo();
		if (from != null && located instanceof Finding finding && finding.eContainer() instanceof Region region
				&& region.eContainer() instanceof Report report) {
			Reports.coverage(report.getExam()).ifPresent(range -> {
				SpineLevel last = to != null ? to : from;
				if (!from.isWithin(range[0], range[1]) || !last.isWithin(range[0], range[1])) {
					check.warning(Rules.LEVEL_OUTSIDE_EXAM, located, P.getLocated_From(),
							"The level " + (to != null ? from + " to " + to : from) + " lies outside the imaged "
									+ Words.value(report.getExam().getRegionImaged()) + " ("
									+ range[0] + " to " + range[1] + "); check the level or the exam coverage");
				}
			});
		}
	}

	/** {@link Rules#FINDING_ID_MISSING} */
	static void findingId(Finding finding, Checker check) {
		if (Checker.isBlank(finding.getId())) {
			check.warning(Rules.FINDING_ID_MISSING, finding, P.getFinding_Id(),
					"The finding has no id, so the impression cannot refer to it; give it an id");
		}
	}

	/** {@link Rules#FINDING_ID_DUPLICATE}: reported at every finding after the first with the same id */
	static void findingIdUnique(Finding finding, Checker check) {
		if (Checker.isBlank(finding.getId()) || !(Reports.regionOf(finding) instanceof Region region)
				|| !(region.eContainer() instanceof Report report)) {
			return;
		}
		Finding first = Reports.findings(report).stream().filter(f -> finding.getId().equals(f.getId())).findFirst()
				.orElse(finding);
		if (first != finding) {
			check.error(Rules.FINDING_ID_DUPLICATE, finding, P.getFinding_Id(), "The id " + finding.getId()
					+ " is also used by " + Locations.describe(first)
					+ "; give each finding its own id, so the impression refers to the right one");
		}
	}

	/** The value rules ({@link ValueRules}) of the fields of each kind of finding. */
	static void findingValues(Finding finding, Checker check) {
		if (finding instanceof MarrowFinding marrow) {
			ValueRules.percent(marrow, P.getMarrowFinding_CollapsePercent(), marrow.getCollapsePercent(), check);
			ValueRules.percent(marrow, P.getMarrowFinding_BodyInvolvementPercent(), marrow.getBodyInvolvementPercent(), check);
			ValueRules.grade(marrow, P.getMarrowFinding_ModicType(), marrow.getModicType(), 3, check);
		} else if (finding instanceof DiscFinding disc) {
			ValueRules.percent(disc, P.getDiscFinding_HeightLossPercent(), disc.getHeightLossPercent(), check);
		} else if (finding instanceof EpiduralFinding epidural) {
			ValueRules.positive(epidural, P.getEpiduralFinding_MaxThicknessMm(), epidural.getMaxThicknessMm(),
					ReportValidator.MAX_EPIDURAL_THICKNESS_MM, check);
		} else if (finding instanceof CordFinding cord) {
			ValueRules.positive(cord, P.getCordFinding_EdemaLengthMm(), cord.getEdemaLengthMm(),
					ReportValidator.MAX_DIAMETER_MM * 2, check);
			ValueRules.grade(cord, P.getCordFinding_ArachnoiditisGroup(), cord.getArachnoiditisGroup(), 3, check);
		}
	}

	/** {@link Rules#LEVEL_KIND}: marrow findings at vertebrae, disc findings at discs */
	static void levelKind(Finding finding, Checker check) {
		if (finding instanceof MarrowFinding marrow && marrow.getFrom() != null && marrow.getFrom().isDisc()
				&& marrow.getTo() == null) {
			check.warning(Rules.LEVEL_KIND, marrow, P.getLocated_From(), "A bone marrow finding is at the disc level "
					+ marrow.getFrom() + "; give the vertebrae, e.g. " + marrow.getFrom().upper().label() + " to "
					+ marrow.getFrom().lower().label());
		} else if (finding instanceof DiscFinding disc && disc.getFrom() != null && !disc.getFrom().isDisc()) {
			check.error(Rules.LEVEL_KIND, disc, P.getLocated_From(), "A disc finding is at the vertebra "
					+ disc.getFrom() + "; discs are named by two consecutive vertebrae, e.g. L4-L5");
		}
	}

	/** {@link Rules#SIDE_CONTRADICTION} */
	static void sides(Finding finding, Checker check) {
		if (finding instanceof EpiduralFinding epidural) {
			sideAgainstPosition(epidural, epidural.getSide(), epidural.getAxialPosition(), check);
		} else if (finding instanceof FacetFinding facet && facet.getSide() == Side.MIDLINE) {
			check.error(Rules.SIDE_CONTRADICTION, facet, P.getFinding_Side(),
					"Facet joints are paired, left and right; a facet finding cannot be midline. Choose left, right or bilateral");
		} else if (finding instanceof ParaspinalFinding paraspinal && paraspinal.getSide() == Side.MIDLINE
				&& paraspinal.getSite() == ParaspinalSite.PSOAS) {
			check.warning(Rules.SIDE_CONTRADICTION, paraspinal, P.getFinding_Side(),
					"The psoas muscles are paired; a psoas finding is left, right or bilateral, not midline");
		}
		if (finding instanceof MarrowFinding marrow && marrow.getSide() != Side.UNSPECIFIED
				&& marrow.getSide() != Side.BILATERAL && marrow.getSide() != Side.MIDLINE) {
			String side = marrow.getSide().getLiteral();
			String elements = marrow.getPosteriorElements().getLiteral();
			if ((elements.equals("left") || elements.equals("right")) && !elements.equals(side)) {
				check.warning(Rules.SIDE_CONTRADICTION, marrow, P.getMarrowFinding_PosteriorElements(),
						"The finding is on the " + side + " but its posterior elements are involved on the " + elements
								+ "; check the side");
			}
		}
	}

	/** {@link Rules#BILSKY_INPUTS} */
	static void bilskyInputs(EpiduralFinding epidural, Checker check) {
		CordEffect effect = epidural.getCordEffect();
		boolean compressed = effect == CordEffect.COMPRESSION_CSF_PRESERVED || effect == CordEffect.COMPRESSION_NO_CSF;
		if (Boolean.FALSE.equals(epidural.getThecalSacDeformed())
				&& (compressed || effect == CordEffect.DEFORMATION || effect == CordEffect.CONTACT)) {
			check.error(Rules.BILSKY_INPUTS, epidural, P.getEpiduralFinding_ThecalSacDeformed(),
					"The cord effect is '" + Words.value(effect)
							+ "' but the thecal sac is marked not deformed; a lesion reaching the cord deforms the sac. Correct one of the two");
		}
	}

	private static void sideAgainstPosition(EObject object, Side side, AxialPosition position, Checker check) {
		if ((side == Side.LEFT && position == AxialPosition.RIGHT)
				|| (side == Side.RIGHT && position == AxialPosition.LEFT)) {
			check.warning(Rules.SIDE_CONTRADICTION, object, P.getFinding_Side(), "The side is " + side.getLiteral()
					+ " but the axial position is " + position.getLiteral() + "; check which is right");
		}
	}

	/** {@link Rules#ENHANCEMENT_ABSENT_DETAILS} */
	static void enhancementAbsentDetails(Enhancement enhancement, Checker check) {
		EnhancementPresence presence = enhancement.getPresence();
		boolean absent = presence == EnhancementPresence.NONE || presence == EnhancementPresence.NOT_ASSESSED;
		if (absent && (enhancement.getIntensity() != EnhancementIntensity.UNSPECIFIED
				|| enhancement.getPattern() != EnhancementPattern.UNSPECIFIED)) {
			check.error(Rules.ENHANCEMENT_ABSENT_DETAILS, enhancement,
					enhancement.getIntensity() != EnhancementIntensity.UNSPECIFIED ? P.getEnhancement_Intensity()
							: P.getEnhancement_Pattern(),
					"Enhancement is '" + Words.value(presence)
							+ "' but an intensity or pattern is given; clear them or set the presence to present");
		}
	}

	/** {@link Rules#ENHANCEMENT_RIM_CENTER} */
	static void enhancementRimCenter(Enhancement enhancement, Checker check) {
		EnhancementPattern pattern = enhancement.getPattern();
		if ((pattern == EnhancementPattern.RIM || pattern == EnhancementPattern.RING)
				&& enhancement.getCenter() == LesionCenter.UNSPECIFIED) {
			check.signingError(Rules.ENHANCEMENT_RIM_CENTER, enhancement, P.getEnhancement_Center(),
					"A " + pattern.getLiteral()
							+ " pattern needs the content of its center (fluid, necrotic, disc-like); it tells an abscess from a disc fragment");
		}
	}
}
