package org.spinerad.templates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.CordFinding;
import org.spinerad.model.CordSignal;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.ImpressionCategory;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.Region;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.templates.BundledTemplateProvider;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.ConclusionLevel;
import org.spinerad.templates.DecisionSupport;
import org.spinerad.templates.FormDefinition;
import org.spinerad.templates.ImpressionPlan;
import org.spinerad.templates.ImpressionSelection;
import org.spinerad.templates.Reason;
import org.spinerad.templates.StandardForms;
import org.spinerad.templates.TemplateError;
import org.spinerad.templates.TemplateProvider;

/**
 * A template's impression selection chooses the items; the workstation adds
 * what every template drafts and orders them all (guide 7.2): critical first,
 * then by ordering key, a lesion with its own SINS.
 */
class ImpressionSelectionTest {

	private static final ReportFactory F = ReportFactory.eINSTANCE;

	private final Report report = F.createReport();
	private final MarrowFinding lesion = F.createMarrowFinding();
	private final EpiduralFinding epidural = F.createEpiduralFinding();
	private final CordFinding edema = F.createCordFinding();

	ImpressionSelectionTest() {
		lesion.setId("F1");
		lesion.setFrom(SpineLevel.valueOf("T6"));
		epidural.setId("F2");
		epidural.setFrom(SpineLevel.valueOf("T12"));
		edema.setId("F3");
		edema.setFrom(SpineLevel.valueOf("C2"));
		edema.setTo(SpineLevel.valueOf("T1"));
		edema.setCordSignal(CordSignal.T2_HYPER);
		region(RegionKind.BONE_MARROW).getFindings().add(lesion);
		region(RegionKind.EPIDURAL).getFindings().add(epidural);
		region(RegionKind.CORD_ROOTS_MENINGES).getFindings().add(edema);
	}

	private Region region(RegionKind kind) {
		Region r = F.createRegion();
		r.setKind(kind);
		report.getRegions().add(r);
		return r;
	}

	private static List<String> keys(List<DraftItem> items) {
		return items.stream().map(i -> i.key).toList();
	}

	@Test
	void aFailingSelectionIsATemplateErrorNamingTheTemplate(@TempDir Path folder) {
		TemplateProvider failing = new BundledTemplateProvider() {
			@Override
			public String id() {
				return "org.spinerad.templates.failing";
			}

			@Override
			public String version() {
				return "1.0.0";
			}

			@Override
			public String label() {
				return "Failing";
			}

			@Override
			public String scenario() {
				return "test";
			}

			@Override
			public FormDefinition form() {
				return StandardForms.of(Map.of(), Map.of(), Map.of(), Map.of());
			}

			@Override
			public DecisionSupport decisionSupport() {
				return r -> List.of();
			}

			@Override
			public ImpressionSelection impressionSelection() {
				return plan -> plan.add("x", "x", ImpressionCategory.OTHER, 0).fact("finding", lesion);
			}
		};
		TemplateError e = assertThrows(TemplateError.class,
				() -> new TemplateServiceImpl(folder, new SandboxedRenderer()).draftImpression(report, failing));
		assertTrue(e.getMessage().contains("org.spinerad.templates.failing"), e.getMessage());
		assertTrue(e.getMessage().contains("by hand"), e.getMessage());
	}

	@Test
	void withoutASelectionOnlyWhatEveryTemplateDraftsIsPlanned() {
		assertEquals(List.of("cord-edema:F3"), keys(ImpressionPlanner.plan(report, ImpressionSelection.NONE, List.of())));
		assertEquals(List.of("cord-edema:F3"), keys(ImpressionPlanner.plan(report, null, List.of())));
	}

	@Test
	void theSelectionChoosesAndTheWorkstationOrders() {
		Conclusion sins = new Conclusion("test.sins", "SINS T6", "13 (unstable)", ConclusionLevel.INFO,
				List.of(new Reason("F1", "location")), List.of());
		Conclusion compression = new Conclusion("test.compression", "Compression T12", "high grade",
				ConclusionLevel.CRITICAL, List.of(new Reason("F2", "cord compressed")), List.of());
		ImpressionSelection selection = plan -> {
			assertSame(report, plan.report());
			assertSame(lesion, plan.finding("F1"));
			assertNull(plan.finding("nothing"));
			assertEquals(List.of(sins), plan.conclusions("test.sins"));
			assertSame(epidural, plan.finding(compression, EpiduralFinding.class));
			ImpressionPlan.Item item = plan.add("lesion:F1", "bone-lesion", ImpressionCategory.OTHER, 30)
					.role("main", lesion);
			assertTrue(plan.states(lesion));
			assertFalse(plan.states(edema));
			plan.add("sins:F1", "sins", ImpressionCategory.UNSTABLE_NEOPLASTIC, 30).conclusion("sins", sins)
					.fact("score", "13").after(item);
			plan.add("epidural:F2", "epidural-collection", ImpressionCategory.OTHER, 0)
					.conclusion("compression", plan.first("test.compression").orElseThrow());
			assertThrows(IllegalArgumentException.class, () -> item.fact("finding", lesion),
					"no Java object reaches the wording template");
			item.fact("levels", List.of("T6", Map.of("points", 2)));
			// stated by an item: no separate cord-edema item
			plan.add("other:F3", "other", ImpressionCategory.INFECTION, 50).add("cords", edema);
		};
		List<DraftItem> plan = ImpressionPlanner.plan(report, selection, List.of(sins, compression));
		assertEquals(List.of("lesion:F1", "sins:F1", "epidural:F2", "other:F3"), keys(plan),
				"critical first, then by ordering key; the SINS stays with its lesion");
		assertFalse(plan.get(0).critical);
		assertTrue(plan.get(1).critical, "an unstable spine is urgent: its group goes first");
		assertEquals("13", plan.get(1).facts.get("score"));
		assertTrue(plan.get(2).critical, "a critical conclusion makes its item critical, before infection");
		assertTrue(plan.get(2).findings.contains(epidural), "the findings of a conclusion's reasons are linked");
	}
}
