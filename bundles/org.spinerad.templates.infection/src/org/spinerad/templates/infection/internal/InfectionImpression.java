package org.spinerad.templates.infection.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.spinerad.model.CollectionType;
import org.spinerad.model.CordEffect;
import org.spinerad.model.CordFinding;
import org.spinerad.model.CordSignal;
import org.spinerad.model.DiscFinding;
import org.spinerad.model.EndplateContour;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.FacetFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionCategory;
import org.spinerad.model.LesionNature;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.RimQuality;
import org.spinerad.model.Side;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.FindingFacts;
import org.spinerad.templates.ImpressionPlan;
import org.spinerad.templates.ImpressionPlan.Item;
import org.spinerad.templates.ImpressionSelection;

/** Items of the infection template: collections, spondylodiscitis (pyogenic or tuberculous), facets, negatives. */
final class InfectionImpression implements ImpressionSelection {

	private static final Set<CollectionType> COLLECTIONS = Set.of(CollectionType.ABSCESS, CollectionType.PHLEGMON,
			CollectionType.MIXED);

	@Override
	public void select(ImpressionPlan plan) {
		epidural(plan);
		boolean tuberculous = tuberculous(plan);
		if (!tuberculous) {
			spondylodiscitis(plan);
		}
		for (ParaspinalFinding p : FindingFacts.of(plan.report(), ParaspinalFinding.class)) {
			if (p.getCollection() == CollectionType.ABSCESS && !plan.states(p)) {
				plan.add("paraspinal:" + p.getId(), "paraspinal-abscess", ImpressionCategory.INFECTION, 20)
						.role("main", p);
			}
		}
		for (Conclusion c : plan.conclusions("infection.septic-facet")) {
			FacetFinding f = plan.finding(c, FacetFinding.class);
			if (f != null) {
				boolean contiguous = FindingFacts.of(plan.report(), Finding.class).stream()
						.anyMatch(o -> o != f && o.getNature() == LesionNature.INFECTIOUS && !(o instanceof FacetFinding)
								&& FindingFacts.overlaps(o, FindingFacts.top(f), FindingFacts.bottom(f)));
				plan.add("facet:" + f.getId(), "septic-facet", ImpressionCategory.INFECTION, 30)
						.role("main", f).conclusion("facet", c).fact("contiguous", contiguous);
			}
		}
		for (MarrowFinding m : FindingFacts.of(plan.report(), MarrowFinding.class)) {
			if (m.getNature() == LesionNature.INFECTIOUS && m.getCollapsePercent() != null && m.getCollapsePercent() > 0) {
				plan.add("collapse:" + m.getId(), "collapse", ImpressionCategory.INFECTION, 35)
						.role("main", m);
			}
		}
		negatives(plan);
	}

	private static void epidural(ImpressionPlan plan) {
		for (EpiduralFinding e : FindingFacts.of(plan.report(), EpiduralFinding.class)) {
			if (!COLLECTIONS.contains(e.getClassification())) {
				continue;
			}
			boolean compression = e.getCordEffect() == CordEffect.COMPRESSION_CSF_PRESERVED
					|| e.getCordEffect() == CordEffect.COMPRESSION_NO_CSF || Boolean.TRUE.equals(e.getCaudaEquinaCompression());
			ImpressionCategory category = compression ? ImpressionCategory.CORD_COMPRESSION
					: e.getClassification() == CollectionType.PHLEGMON ? ImpressionCategory.INFECTION
							: ImpressionCategory.EPIDURAL_ABSCESS;
			Item item = plan.add("epidural:" + e.getId(), "epidural-collection", category, 0)
					.role("main", e);
			plan.conclusions("infection.epidural-collection").stream().filter(c -> plan.finding(c, EpiduralFinding.class) == e)
					.findFirst().ifPresent(c -> item.conclusion("collection", c));
			for (CordFinding c : FindingFacts.of(plan.report(), CordFinding.class)) {
				if (c.getCordSignal() == CordSignal.T2_HYPER && FindingFacts.overlaps(c, FindingFacts.top(e), FindingFacts.bottom(e))) {
					item.role("cordEdema", c);
				}
			}
		}
	}

	/** One item for tuberculous spondylitis when decision support suggests it. */
	private static boolean tuberculous(ImpressionPlan plan) {
		Conclusion tb = plan.first("infection.tb-discriminators").orElse(null);
		if (tb == null || tb.level() != ConclusionLevel.SUGGESTION) {
			return false;
		}
		List<MarrowFinding> marrow = new ArrayList<>(FindingFacts.of(plan.report(), MarrowFinding.class).stream()
				.filter(m -> m.getNature() == LesionNature.INFECTIOUS).toList());
		if (marrow.isEmpty()) {
			return false;
		}
		MarrowFinding main = marrow.stream().max((a, b) -> Integer.compare(
				FindingFacts.bottom(a) - FindingFacts.top(a), FindingFacts.bottom(b) - FindingFacts.top(b))).get();
		Item item = plan.add("tb-spondylitis:" + main.getId(), "tb-spondylitis",
				ImpressionCategory.INFECTION, 10).role("main", main).conclusion("tb", tb);
		marrow.stream().filter(MarrowFinding::isIntraosseousAbscess).forEach(m -> item.add("intraosseous", m));
		List<DiscFinding> discs = FindingFacts.of(plan.report(), DiscFinding.class).stream()
				.filter(d -> d.getNature() == LesionNature.INFECTIOUS).toList();
		discs.forEach(item::link);
		item.fact("discSparing", !discs.isEmpty() && discs.stream()
				.allMatch(d -> d.getHeightLossPercent() != null && d.getHeightLossPercent() <= 25));
		FindingFacts.of(plan.report(), EpiduralFinding.class).stream()
				.filter(e -> e.getClassification() == CollectionType.SUBLIGAMENTOUS_SPREAD)
				.forEach(e -> item.add("subligamentous", e));
		List<ParaspinalFinding> abscesses = FindingFacts.of(plan.report(), ParaspinalFinding.class).stream()
				.filter(p -> p.getCollection() == CollectionType.ABSCESS).toList();
		abscesses.forEach(p -> item.add("abscesses", p));
		boolean left = abscesses.stream().anyMatch(p -> p.getSide() == Side.LEFT || p.getSide() == Side.BILATERAL);
		boolean right = abscesses.stream().anyMatch(p -> p.getSide() == Side.RIGHT || p.getSide() == Side.BILATERAL);
		item.fact("abscessSide", left && right ? "bilateral" : left ? "left" : right ? "right" : "");
		item.fact("thinWalled", !abscesses.isEmpty() && abscesses.stream().allMatch(p -> p.getEnhancement() != null
				&& p.getEnhancement().getRimQuality() == RimQuality.THIN_SMOOTH));
		plan.conclusions("infection.spondylodiscitis").forEach(c -> item.conclusion("spondylodiscitis", c));
		return true;
	}

	private static void spondylodiscitis(ImpressionPlan plan) {
		Conclusion tb = plan.first("infection.tb-discriminators").orElse(null);
		boolean pyogenic = tb != null && tb.caveats().stream().anyMatch(s -> s.startsWith("Pyogenic features"));
		for (Conclusion c : plan.conclusions("infection.spondylodiscitis")) {
			DiscFinding disc = plan.finding(c, DiscFinding.class);
			MarrowFinding marrow = plan.finding(c, MarrowFinding.class);
			boolean degenerative = c.value().startsWith("favors degenerative");
			Item item = plan.add("spondylodiscitis:" + (disc != null ? disc.getId() : c.label()),
					degenerative ? "modic" : "spondylodiscitis",
					degenerative ? ImpressionCategory.OTHER : ImpressionCategory.INFECTION, 10)
					.role("disc", disc).role("marrow", marrow).conclusion("spondylodiscitis", c)
					.fact("strong", c.value().startsWith("strongly")).fact("pyogenic", pyogenic);
			item.fact("erosion", marrow != null && marrow.getEndplate() == EndplateContour.ERODED_DESTROYED);
		}
	}

	private static void negatives(ImpressionPlan plan) {
		Conclusion skip = plan.first("infection.skip-lesions").orElse(null);
		if (skip != null && skip.value().startsWith("none")) {
			plan.add("negative:skip-lesions", "no-skip-lesions", ImpressionCategory.OTHER, 50)
					.conclusion("skip", skip);
		}
		List<EpiduralFinding> epidural = FindingFacts.of(plan.report(), EpiduralFinding.class);
		boolean epiduralCollection = epidural.stream().anyMatch(e -> COLLECTIONS.contains(e.getClassification()));
		boolean paraspinalCollection = FindingFacts.of(plan.report(), ParaspinalFinding.class).stream()
				.anyMatch(p -> COLLECTIONS.contains(p.getCollection()));
		if (!epiduralCollection || !paraspinalCollection) {
			Item item = plan.add("negative:collection", "no-collection", ImpressionCategory.OTHER, 60)
					.fact("epidural", !epiduralCollection).fact("paraspinal", !paraspinalCollection);
			if (!epiduralCollection) {
				epidural.forEach(item::link);
			}
		}
	}
}
