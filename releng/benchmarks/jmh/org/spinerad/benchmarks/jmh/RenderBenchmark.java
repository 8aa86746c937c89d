package org.spinerad.benchmarks.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.samples.SampleCases;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.internal.SandboxedRenderer;
import org.spinerad.templates.internal.TemplateServiceImpl;
import org.spinerad.templates.infection.internal.InfectionTemplate;
import org.spinerad.templates.postop.internal.PostopTemplate;
import org.spinerad.templates.tumor.internal.TumorTemplate;

/**
 * Renders one example case to text with its FreeMarker template (sandboxed, as
 * the workstation does on every change) against a hand-written StringBuilder
 * walk over the same report that writes every set value: the cost of the
 * template engine and the sandbox over plain Java. Sample time, so JMH prints
 * the median and the 99th percentile of each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {

	@Param({ "TUM-01", "INF-01", "POST-01" })
	public String caseId;

	private Path folder;
	private Report report;
	private TemplateProvider template;
	private TemplateServiceImpl service;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		folder = Files.createTempDirectory("spinerad-bench-render");
		service = new TemplateServiceImpl(folder, new SandboxedRenderer());
		report = SampleCases.load(caseId);
		template = switch (SampleCases.scenario(caseId)) {
		case "infection" -> new InfectionTemplate();
		case "tumor" -> new TumorTemplate();
		default -> new PostopTemplate();
		};
		if (direct().length() < 200 || freemarker().length() < 200) {
			throw new IllegalStateException("both renderings must produce a report for " + caseId);
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.delete(p);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	@Benchmark
	public String freemarker() {
		try {
			return service.render(report, template, OutputFormat.TEXT).text();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Benchmark
	public String direct() {
		StringBuilder out = new StringBuilder(4096);
		out.append("MRI SPINE WITH CONTRAST\n\n");
		values(out, report.getPatient());
		values(out, report.getStudy());
		values(out, report.getClinical());
		values(out, report.getExam());
		out.append("\nFINDINGS\n");
		for (Region region : report.getRegions()) {
			out.append(region.getKind()).append(":\n");
			if (region.getFindings().isEmpty()) {
				out.append("  normal\n");
			}
			for (Finding finding : region.getFindings()) {
				out.append("  - ");
				values(out, finding);
				if (finding.getEnhancement() != null) {
					out.append("    enhancement: ");
					values(out, finding.getEnhancement());
				}
			}
		}
		out.append("\nIMPRESSION\n");
		int n = 1;
		for (ImpressionItem item : report.getImpression()) {
			out.append(n++).append(". ").append(item.getText()).append('\n');
		}
		return out.toString();
	}

	private static void values(StringBuilder out, EObject object) {
		if (object == null) {
			return;
		}
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (object.eIsSet(attribute)) {
				out.append(attribute.getName()).append(": ").append(object.eGet(attribute)).append("; ");
			}
		}
		out.append('\n');
	}
}
