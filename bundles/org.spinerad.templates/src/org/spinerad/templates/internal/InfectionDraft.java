package org.spinerad.templates.internal;

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
import org.spinerad.templates.internal.ImpressionPlanner.Context;

/** Items of the infection template: collections, spondylodiscitis (pyogenic or tuberculous), facets, negatives. */
final class InfectionDraft {

	private static final Set<CollectionType> COLLECTIONS = Set.of(CollectionType.ABSCESS, CollectionType.PHLEGMON,
			CollectionType.MIXED);

	private InfectionDraft() {
	}

	static void plan(Context cx) {
		epidural(cx);
		boolean tuberculous = tuberculous(cx);
		if (!tuberculous) {
			spondylodiscitis(cx);
		}
		for (ParaspinalFinding p : FindingFacts.of(cx.report, ParaspinalFinding.class)) {
			if (p.getCollection() == CollectionType.ABSCESS && !cx.used(p)) {
				cx.add(new DraftItem("paraspinal:" + p.getId(), "paraspinal-abscess", ImpressionCategory.INFECTION, 20)
						.role("main", p));
			}
		}
		for (Conclusion c : cx.rule("infection.septic-facet")) {
			FacetFinding f = cx.finding(c, FacetFinding.class);
			if (f != null) {
				boolean contiguous = FindingFacts.of(cx.report, Finding.class).stream()
						.anyMatch(o -> o != f && o.getNature() == LesionNature.INFECTIOUS && !(o instanceof FacetFinding)
								&& FindingFacts.overlaps(o, FindingFacts.top(f), FindingFacts.bottom(f)));
				cx.add(new DraftItem("facet:" + f.getId(), "septic-facet", ImpressionCategory.INFECTION, 30)
						.role("main", f).conclusion("facet", c, cx.byId).fact("contiguous", contiguous));
			}
		}
		for (MarrowFinding m : FindingFacts.of(cx.report, MarrowFinding.class)) {
			if (m.getNature() == LesionNature.INFECTIOUS && m.getCollapsePercent() != null && m.getCollapsePercent() > 0) {
				cx.add(new DraftItem("collapse:" + m.getId(), "collapse", ImpressionCategory.INFECTION, 35)
						.role("main", m));
			}
		}
		negatives(cx);
	}

	private static void epidural(Context cx) {
		for (EpiduralFinding e : FindingFacts.of(cx.report, EpiduralFinding.class)) {
			if (!COLLECTIONS.contains(e.getClassification())) {
				continue;
			}
			boolean compression = e.getCordEffect() == CordEffect.COMPRESSION_CSF_PRESERVED
					|| e.getCordEffect() == CordEffect.COMPRESSION_NO_CSF || Boolean.TRUE.equals(e.getCaudaEquinaCompression());
			ImpressionCategory category = compression ? ImpressionCategory.CORD_COMPRESSION
					: e.getClassification() == CollectionType.PHLEGMON ? ImpressionCategory.INFECTION
							: ImpressionCategory.EPIDURAL_ABSCESS;
			DraftItem item = cx.add(new DraftItem("epidural:" + e.getId(), "epidural-collection", category, 0)
					.role("main", e));
			cx.rule("infection.epidural-collection").stream().filter(c -> cx.finding(c, EpiduralFinding.class) == e)
					.findFirst().ifPresent(c -> item.conclusion("collection", c, cx.byId));
			for (CordFinding c : FindingFacts.of(cx.report, CordFinding.class)) {
				if (c.getCordSignal() == CordSignal.T2_HYPER && FindingFacts.overlaps(c, FindingFacts.top(e), FindingFacts.bottom(e))) {
					item.role("cordEdema", c);
				}
			}
		}
	}

	/** One item for tuberculous spondylitis when decision support suggests it. */
	private static boolean tuberculous(Context cx) {
		Conclusion tb = cx.first("infection.tb-discriminators").orElse(null);
		if (tb == null || tb.level() != ConclusionLevel.SUGGESTION) {
			return false;
		}
		List<MarrowFinding> marrow = new ArrayList<>(FindingFacts.of(cx.report, MarrowFinding.class).stream()
				.filter(m -> m.getNature() == LesionNature.INFECTIOUS).toList());
		if (marrow.isEmpty()) {
			return false;
		}
		MarrowFinding main = marrow.stream().max((a, b) -> Integer.compare(
				FindingFacts.bottom(a) - FindingFacts.top(a), FindingFacts.bottom(b) - FindingFacts.top(b))).get();
		DraftItem item = cx.add(new DraftItem("tb-spondylitis:" + main.getId(), "tb-spondylitis",
				ImpressionCategory.INFECTION, 10).role("main", main).conclusion("tb", tb, cx.byId));
		marrow.stream().filter(MarrowFinding::isIntraosseousAbscess).forEach(m -> item.add("intraosseous", m));
		List<DiscFinding> discs = FindingFacts.of(cx.report, DiscFinding.class).stream()
				.filter(d -> d.getNature() == LesionNature.INFECTIOUS).toList();
		discs.forEach(item::link);
		item.fact("discSparing", !discs.isEmpty() && discs.stream()
				.allMatch(d -> d.getHeightLossPercent() != null && d.getHeightLossPercent() <= 25));
		FindingFacts.of(cx.report, EpiduralFinding.class).stream()
				.filter(e -> e.getClassification() == CollectionType.SUBLIGAMENTOUS_SPREAD)
				.forEach(e -> item.add("subligamentous", e));
		List<ParaspinalFinding> abscesses = FindingFacts.of(cx.report, ParaspinalFinding.class).stream()
				.filter(p -> p.getCollection() == CollectionType.ABSCESS).toList();
		abscesses.forEach(p -> item.add("abscesses", p));
		boolean left = abscesses.stream().anyMatch(p -> p.getSide() == Side.LEFT || p.getSide() == Side.BILATERAL);
		boolean right = abscesses.stream().anyMatch(p -> p.getSide() == Side.RIGHT || p.getSide() == Side.BILATERAL);
		item.fact("abscessSide", left && right ? "bilateral" : left ? "left" : right ? "right" : "");
		item.fact("thinWalled", !abscesses.isEmpty() && abscesses.stream().allMatch(p -> p.getEnhancement() != null
				&& p.getEnhancement().getRimQuality() == RimQuality.THIN_SMOOTH));
		cx.rule("infection.spondylodiscitis").forEach(c -> item.conclusion("spondylodiscitis", c, cx.byId));
		return true;
	}

	private static void spondylodiscitis(Context cx) {
		Conclusion tb = cx.first("infection.tb-discriminators").orElse(null);
		boolean pyogenic = tb != null && tb.caveats().stream().anyMatch(s -> s.startsWith("Pyogenic features"));
		for (Conclusion c : cx.rule("infection.spondylodiscitis")) {
			DiscFinding disc = cx.finding(c, DiscFinding.class);
			MarrowFinding marrow = cx.finding(c, MarrowFinding.class);
			boolean degenerative = c.value().startsWith("favors degenerative");
			DraftItem item = cx.add(new DraftItem("spondylodiscitis:" + (disc != null ? disc.getId() : c.label()),
					degenerative ? "modic" : "spondylodiscitis",
					degenerative ? ImpressionCategory.OTHER : ImpressionCategory.INFECTION, 10)
					.role("disc", disc).role("marrow", marrow).conclusion("spondylodiscitis", c, cx.byId)
					.fact("strong", c.value().startsWith("strongly")).fact("pyogenic", pyogenic));
			item.fact("erosion", marrow != null && marrow.getEndplate() == EndplateContour.ERODED_DESTROYED);
		}
	}

	private static void negatives(Context cx) {
		Conclusion skip = cx.first("infection.skip-lesions").orElse(null);
		if (skip != null && skip.value().startsWith("none")) {
			cx.add(new DraftItem("negative:skip-lesions", "no-skip-lesions", ImpressionCategory.OTHER, 50)
					.conclusion("skip", skip, cx.byId));
		}
		List<EpiduralFinding> epidural = FindingFacts.of(cx.report, EpiduralFinding.class);
		boolean epiduralCollection = epidural.stream().anyMatch(e -> COLLECTIONS.contains(e.getClassification()));
		boolean paraspinalCollection = FindingFacts.of(cx.report, ParaspinalFinding.class).stream()
				.anyMatch(p -> COLLECTIONS.contains(p.getCollection()));
		if (!epiduralCollection || !paraspinalCollection) {
			DraftItem item = cx.add(new DraftItem("negative:collection", "no-collection", ImpressionCategory.OTHER, 60)
					.fact("epidural", !epiduralCollection).fact("paraspinal", !paraspinalCollection));
			if (!epiduralCollection) {
				epidural.forEach(item::link);
			}
		}
	}
}
