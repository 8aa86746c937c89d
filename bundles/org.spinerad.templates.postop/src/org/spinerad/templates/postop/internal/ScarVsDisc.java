package org.spinerad.templates.postop.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.spinerad.model.CollectionType;
import org.spinerad.model.Component;
import org.spinerad.model.Enhancement;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.LesionCenter;
import org.spinerad.model.Margins;
import org.spinerad.model.MassEffect;
import org.spinerad.model.RootRelation;
import org.spinerad.model.SignalIntensity;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.Reason;

/**
 * Epidural fibrosis (scar) versus recurrent or residual disc herniation (guide
 * 6.1 and 6.2). The enhancement on early images weighs two points (prompt
 * homogeneous enhancement for scar; a rim around a non-enhancing disc-like
 * core, or no enhancement, for disc); mass effect, continuity with the disc,
 * root relation, margins and T2 signal weigh one point each. A lesion recorded
 * with scar and disc components is both. Homogeneous enhancement judged only on
 * delayed images does not count, since disc material may enhance late.
 */
final class ScarVsDisc {

	static final String RULE = "postop.scar-vs-disc";
	static final String SCAR = "scar (epidural fibrosis)";
	static final String DISC = "recurrent or residual disc herniation";
	static final String BOTH = "both: disc fragment with surrounding scar";
	static final String INDETERMINATE = "indeterminate";

	/** Epidural classifications that raise the scar-versus-disc question. */
	private static final Set<CollectionType> QUESTION = EnumSet.of(CollectionType.SCAR, CollectionType.DISC,
			CollectionType.INDETERMINATE);
	private static final Set<EnhancementPattern> SOLID = EnumSet.of(EnhancementPattern.HOMOGENEOUS,
			EnhancementPattern.HETEROGENEOUS, EnhancementPattern.DIFFUSE);

	/** Points for scar and for disc, with the reasons. */
	private static final class Evidence {
		int scar;
		int disc;
		final List<Reason> reasons = new ArrayList<>();
		final List<String> caveats = new ArrayList<>();
	}

	private ScarVsDisc() {
	}

	/** @return whether an epidural finding raises the scar-versus-disc question */
	static boolean applies(EpiduralFinding e) {
		return QUESTION.contains(e.getClassification()) || e.getClassification() == CollectionType.MIXED
				&& e.getComponents().stream().anyMatch(c -> c.getType() == CollectionType.SCAR
						|| c.getType() == CollectionType.DISC);
	}

	/**
	 * @param late       whether the enhancement was judged only on delayed images
	 * @param earlyDays  days since surgery when within the early postoperative
	 *                   period, else null
	 */
	static Conclusion decide(EpiduralFinding e, boolean late, Long earlyDays) {
		Evidence ev = new Evidence();
		String id = e.getId();
		boolean scarComponent = false;
		boolean discComponent = false;
		if (e.getComponents().isEmpty()) {
			enhancement(ev, id, "", e.getEnhancement(), late);
		}
		for (Component c : e.getComponents()) {
			if (c.getType() != CollectionType.SCAR && c.getType() != CollectionType.DISC) {
				continue;
			}
			int scarBefore = ev.scar;
			int discBefore = ev.disc;
			enhancement(ev, id, Findings.words(c.getType()) + " component: ", c.getEnhancement(), late);
			if (c.getType() == CollectionType.SCAR) {
				scarComponent = true;
				if (ev.disc > discBefore) {
					ev.caveats.add("The scar component enhances like disc material: review.");
				}
			} else {
				discComponent = true;
				if (ev.scar > scarBefore) {
					ev.caveats.add("The disc component enhances like scar: review.");
				}
			}
		}
		feature(ev, id, e.getMassEffect() == MassEffect.RETRACTS_SAC, true, "retracts the thecal sac toward it");
		feature(ev, id, e.getMassEffect() == MassEffect.NONE, true, "no mass effect");
		feature(ev, id, e.getMassEffect() == MassEffect.DISPLACES_SAC, false, "displaces the thecal sac");
		feature(ev, id, Boolean.TRUE.equals(e.getContinuityWithDisc()), false, "continuous with the parent disc");
		if (Boolean.FALSE.equals(e.getContinuityWithDisc())) {
			ev.reasons.add(new Reason(id, "not continuous with the disc (neutral: scar need not be, a sequestered "
					+ "fragment is not)"));
		}
		feature(ev, id, e.getRootRelation() == RootRelation.ENCASED, true, "encases the nerve root");
		feature(ev, id, e.getRootRelation() == RootRelation.DISPLACED, false, "displaces the nerve root");
		feature(ev, id, e.getMargins() == Margins.ILL_DEFINED, true, "ill-defined margins");
		feature(ev, id, e.getMargins() == Margins.WELL_DEFINED, false, "well-defined margins");
		feature(ev, id, Boolean.TRUE.equals(e.getContinuityWithSurgicalTract()), true,
				"continuous with the surgical tract");
		feature(ev, id, e.getT2() == SignalIntensity.HYPER, true, "T2 intermediate-high");
		feature(ev, id, e.getT2() == SignalIntensity.INTERMEDIATE, true, "T2 intermediate");
		feature(ev, id, e.getT2() == SignalIntensity.HYPO, false, "T2 low like the parent disc");

		delayedImages(ev, e);
		String value;
		if (scarComponent && discComponent) {
			value = BOTH;
		} else if (ev.scar >= 2 && ev.disc == 0 || ev.scar - ev.disc >= 2) {
			value = SCAR;
		} else if (ev.disc >= 2 && ev.scar == 0 || ev.disc - ev.scar >= 2) {
			value = DISC;
		} else {
			value = INDETERMINATE;
		}
		if (ev.scar > 0 && ev.disc > 0 && !value.equals(BOTH)) {
			ev.caveats.add("Mixed features (scar " + ev.scar + ", disc " + ev.disc + " points): a small disc fragment "
					+ "wrapped in scar is common.");
		}
		if (earlyDays != null) {
			if (value.equals(DISC)) {
				value = DISC + " possible (low confidence: " + earlyDays + " days after surgery)";
			} else if (value.equals(BOTH)) {
				value = BOTH + " (disc component of low confidence: " + earlyDays + " days after surgery)";
			}
			ev.caveats.add(PostopDecisionSupport.earlyCaveat(earlyDays));
		}
		return new Conclusion(RULE, "Scar vs disc " + Findings.levels(e), value, ConclusionLevel.SUGGESTION,
				ev.reasons, ev.caveats);
	}

	private static void enhancement(Evidence ev, String id, String prefix, Enhancement enhancement, boolean late) {
		if (enhancement == null || enhancement.getPresence() == EnhancementPresence.NOT_ASSESSED) {
			ev.reasons.add(new Reason(id, prefix + "enhancement not assessed"));
			return;
		}
		if (enhancement.getPresence() == EnhancementPresence.NONE) {
			ev.disc += 2;
			ev.reasons.add(new Reason(id, prefix + "no enhancement (disc material)"));
			return;
		}
		if (enhancement.getPresence() != EnhancementPresence.PRESENT) {
			ev.reasons.add(new Reason(id, prefix + "equivocal enhancement"));
			return;
		}
		EnhancementPattern pattern = enhancement.getPattern();
		if (Findings.isRim(enhancement)) {
			LesionCenter center = enhancement.getCenter();
			if (center == LesionCenter.DISC_LIKE) {
				ev.disc += 2;
				ev.reasons.add(new Reason(id, prefix + "rim enhancement around a non-enhancing disc-like core (disc)"));
			} else {
				ev.reasons.add(new Reason(id, prefix + "peripheral enhancement, core " + Findings.words(center)
						+ " (nonspecific)"));
			}
		} else if (SOLID.contains(pattern)) {
			if (late) {
				ev.reasons.add(new Reason(id, prefix + Findings.words(pattern) + " enhancement on delayed images only "
						+ "(does not discriminate: disc material may enhance late)"));
			} else {
				ev.scar += 2;
				ev.reasons.add(new Reason(id, prefix + "prompt " + Findings.words(pattern) + " enhancement (scar)"));
			}
		} else {
			ev.reasons.add(new Reason(id, prefix + Findings.words(pattern) + " enhancement (nonspecific)"));
		}
	}

	/**
	 * Enhancement recorded on the delayed images is reported but never scored:
	 * disc material fills in late, so the early images decide.
	 */
	private static void delayedImages(Evidence ev, EpiduralFinding e) {
		Enhancement delayed = e.getDelayedEnhancement();
		if (!Findings.enhances(delayed)) {
			return;
		}
		String when = e.getDelayedMinutesAfterInjection() == null ? "delayed images"
				: "delayed images (" + Math.round(e.getDelayedMinutesAfterInjection()) + " min)";
		String pattern = delayed.getPattern() == EnhancementPattern.UNSPECIFIED ? ""
				: Findings.words(delayed.getPattern()) + " ";
		ev.reasons.add(new Reason(e.getId(), pattern + "enhancement on the " + when + " (not scored)"));
		ev.caveats.add("Enhancement on the " + when + " does not indicate scar: disc material may fill in late; "
				+ "the classification uses the early images.");
	}

	private static void feature(Evidence ev, String id, boolean present, boolean scar, String text) {
		if (!present) {
			return;
		}
		if (scar) {
			ev.scar++;
		} else {
			ev.disc++;
		}
		ev.reasons.add(new Reason(id, text + (scar ? " (scar)" : " (disc)")));
	}
}
