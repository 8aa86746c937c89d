package org.spinerad.templates.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.AxialPosition;
import org.spinerad.model.CordFinding;
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.DiffusionResult;
import org.spinerad.model.DiscFinding;
import org.spinerad.model.Enhancement;
import org.spinerad.model.EnhancementIntensity;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.FacetFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.LesionCenter;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.NeurologicalStatus;
import org.spinerad.model.NormalRange;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.RootRelation;
import org.spinerad.model.SignalIntensity;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.query.Reports;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.FormDefinition.FieldSpec;
import org.spinerad.templates.FormDefinition.RegionForm;
import org.spinerad.templates.OutputFormat;

/** What radiologists record beyond the basic finding is written in the report and offered in the form. */
class ObservationRenderingTest {

	private static final ReportFactory F = ReportFactory.eINSTANCE;

	@TempDir
	Path folder;

	private TemplateServiceImpl service() {
		return new TemplateServiceImpl(folder, new SandboxedRenderer());
	}

	private static <T extends Finding> T first(Report report, RegionKind kind, Class<T> type) {
		return type.cast(Reports.region(report, kind).orElseThrow().getFindings().get(0));
	}

	private static Report recorded() throws Exception {
		Report report = SampleCases.load("INF-01");
		MarrowFinding marrow = first(report, RegionKind.BONE_MARROW, MarrowFinding.class);
		marrow.setPosteriorCorticalBreach(true);
		marrow.setT2(SignalIntensity.INTERMEDIATE);
		Enhancement delayed = F.createEnhancement();
		delayed.setPresence(EnhancementPresence.PRESENT);
		delayed.setIntensity(EnhancementIntensity.MILD);
		delayed.setPattern(EnhancementPattern.HETEROGENEOUS);
		marrow.setDelayedEnhancement(delayed);
		marrow.setDelayedMinutesAfterInjection(32.0);
		first(report, RegionKind.DISC, DiscFinding.class).setNerveRoot("L4");
		EpiduralFinding epidural = first(report, RegionKind.EPIDURAL, EpiduralFinding.class);
		epidural.setAxialPosition(AxialPosition.VENTROLATERAL);
		epidural.setNerveRoot("L4");
		epidural.setRootRelation(RootRelation.DISPLACED);
		epidural.setContinuityWithSurgicalTract(false);
		epidural.getComponents().get(1).setT2(SignalIntensity.FLUID_HYPER);
		epidural.getComponents().get(1).setDwi(DiffusionResult.RESTRICTED);
		epidural.getComponents().get(1).getEnhancement().setCenter(LesionCenter.NON_ENHANCING);
		first(report, RegionKind.CORD_ROOTS_MENINGES, CordFinding.class).setNerveRoot("L3");
		first(report, RegionKind.FACETS, FacetFinding.class).setTumorReplacement(true);
		first(report, RegionKind.PARASPINAL, ParaspinalFinding.class).setContinuityWithSurgicalTract(true);
		NormalRange range = F.createNormalRange();
		range.setFrom(SpineLevel.valueOf("C2"));
		range.setTo(SpineLevel.valueOf("L1"));
		range.setStatement("Normal marrow signal");
		Reports.region(report, RegionKind.BONE_MARROW).orElseThrow().getNormalRanges().add(range);
		report.getClinical().setNeurologicalDeficit(null);
		report.getClinical().setNeurologicalStatus(NeurologicalStatus.UNKNOWN);
		CriticalCommunication pending = F.createCriticalCommunication();
		pending.setPending(true);
		pending.setAcrCategory(2);
		report.getCommunications().add(pending);
		return report;
	}

	@Test
	void everyNewObservationIsWrittenInTheTextAndHtmlReport() throws Exception {
		Report report = recorded();
		String text = service().render(report, new FixtureTemplate(), OutputFormat.TEXT).text();
		String html = service().render(report, new FixtureTemplate(), OutputFormat.HTML).text();
		for (String phrase : List.of("intermediate T2 signal", "posterior cortical breach",
				"mild heterogeneous enhancement on delayed images (32 min)", "affecting the L4 nerve root",
				"ventrolateral", "displacing the L4 nerve root", "not continuous with the surgical tract",
				"T2 fluid-like hyperintense, restricted diffusion", "non-enhancing center", "at the L3 nerve root",
				"articular process replaced by tumor", "continuous with the surgical tract",
				"Normal marrow signal from C2 to L1.", "Neurological status: unknown (not assessable).",
				"Communication required (ACR category 2), not yet done.")) {
			assertTrue(text.contains(phrase), phrase + " in\n" + text);
			assertTrue(html.contains(phrase), phrase + " in the HTML report");
		}
	}

	@Test
	void reportsWithoutTheNewObservationsReadAsBefore() throws Exception {
		String text = service().render(SampleCases.load("INF-01"), new FixtureTemplate(), OutputFormat.TEXT).text();
		for (String phrase : List.of("nerve root", "surgical tract", "delayed images", "Neurological status",
				"not yet done", "replaced by tumor", "cortical breach")) {
			assertFalse(text.contains(phrase), phrase + " is not written when not recorded:\n" + text);
		}
	}

	@Test
	void theFormOffersTheNewFieldsAfterTheEarlierOnes() {
		for (RegionForm region : new FixtureTemplate().form().regions()) {
			List<String> names = region.fields().stream().map(FieldSpec::feature).toList();
			int remark = names.indexOf("remark");
			assertTrue(remark > 0, region.kind() + ": " + names);
			assertTrue(names.indexOf("delayedEnhancement.pattern") > remark, region.kind() + ": " + names);
			assertTrue(names.indexOf("delayedMinutesAfterInjection") > remark, region.kind() + ": " + names);
		}
		List<String> epidural = fields(RegionKind.EPIDURAL);
		assertTrue(epidural.indexOf("nerveRoot") > epidural.indexOf("remark"), epidural.toString());
		assertTrue(epidural.contains("continuityWithSurgicalTract"), epidural.toString());
		assertTrue(fields(RegionKind.BONE_MARROW).contains("posteriorCorticalBreach"));
		assertTrue(fields(RegionKind.FACETS).contains("tumorReplacement"));
		assertTrue(fields(RegionKind.PARASPINAL).contains("continuityWithSurgicalTract"));
		assertTrue(fields(RegionKind.DISC).contains("nerveRoot"));
		assertTrue(fields(RegionKind.CORD_ROOTS_MENINGES).contains("nerveRoot"));
		FieldSpec delayed = new FixtureTemplate().form().region(RegionKind.DISC).orElseThrow().fields().stream()
				.filter(f -> f.feature().equals("delayedEnhancement.pattern")).findFirst().orElseThrow();
		assertTrue(delayed.label().startsWith("Delayed enhancement: "), delayed.label());
		assertTrue(delayed.choices().contains("heterogeneous"));
	}

	private static List<String> fields(RegionKind kind) {
		return new FixtureTemplate().form().region(kind).orElseThrow().fields().stream().map(FieldSpec::feature).toList();
	}
}
