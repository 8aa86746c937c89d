package org.spinerad.templates.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.spinerad.templates.TemplateError;
import org.spinerad.templates.TemplateProvider;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Renders with FreeMarker in a sandbox, because department templates are
 * untrusted code: no {@code ?new} (no class resolution), no {@code ?api}, an
 * object wrapper that exposes only maps, lists, strings, numbers and booleans
 * (no Java methods), templates loaded only from the department folder, the
 * template plugin and our macro library, a time limit and an output cap.
 */
public final class SandboxedRenderer {

	/** Default render time limit. */
	public static final Duration TIME_LIMIT = Duration.ofSeconds(3);
	/** Default output cap in characters. */
	public static final int MAX_OUTPUT = 1_000_000;

	private final Duration timeLimit;
	private final int maxOutput;

	public SandboxedRenderer() {
		this(TIME_LIMIT, MAX_OUTPUT);
	}

	public SandboxedRenderer(Duration timeLimit, int maxOutput) {
		this.timeLimit = timeLimit;
		this.maxOutput = maxOutput;
	}

	/**
	 * Builds the sandboxed configuration of one template plugin.
	 *
	 * @param provider         the plugin whose templates are loaded
	 * @param departmentFolder the department's override folder of this template, or null
	 * @param sources          template sources that take precedence (an admin's unpublished edit), may be empty
	 */
	public Configuration configuration(TemplateProvider provider, Path departmentFolder, Map<String, String> sources)
			throws IOException {
		Configuration cfg = new SandboxConfiguration();
		cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		cfg.setAPIBuiltinEnabled(false);
		SimpleObjectWrapper wrapper = new SimpleObjectWrapper(Configuration.VERSION_2_3_34);
		cfg.setObjectWrapper(wrapper);
		cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		cfg.setAttemptExceptionReporter((e, env) -> {
			// errors reach the caller as TemplateError; never logged with report content
		});
		cfg.setLogTemplateExceptions(false);
		cfg.setWrapUncheckedExceptions(true);
		cfg.setLocalizedLookup(false);
		cfg.setDefaultEncoding("UTF-8");
		// reports are written in English, whatever the workstation's locale (8.2 mL, never 8,2 mL)
		cfg.setLocale(java.util.Locale.ENGLISH);
		cfg.setNumberFormat("0.##");
		cfg.setBooleanFormat("c");
		cfg.setTemplateUpdateDelayMilliseconds(0);
		List<TemplateLoader> loaders = new ArrayList<>();
		if (!sources.isEmpty()) {
			StringTemplateLoader edited = new StringTemplateLoader();
			sources.forEach(edited::putTemplate);
			loaders.add(edited);
		}
		if (departmentFolder != null && Files.isDirectory(departmentFolder)) {
			loaders.add(new FileTemplateLoader(departmentFolder.toFile(), false));
		}
		loaders.add(new ProviderTemplateLoader(provider));
		loaders.add(new ProviderTemplateLoader(null));
		cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
		return cfg;
	}

	/**
	 * Checks the syntax of a template source.
	 *
	 * @throws TemplateError with line and column of the first syntax error
	 */
	public void parse(Configuration cfg, String name, String source) throws TemplateError {
		try {
			Template template = new Template(name, source, cfg);
			if (cfg instanceof SandboxConfiguration sandbox) {
				sandbox.prepare(template);
			}
		} catch (TemplatePolicy.RefusedConstructException e) {
			throw refused(name, e);
		} catch (ParseException e) {
			throw error(name, e);
		} catch (IOException e) {
			throw new TemplateError(name, 0, 0, null, e.getMessage(), e);
		}
	}

	/**
	 * Renders a template with a data model within the time and size limits.
	 *
	 * @param displayName how to name the template in messages, e.g. {@code org.spinerad.templates.tumor/report.txt.ftl}
	 */
	public String render(Configuration cfg, String name, String displayName, Map<String, Object> model)
			throws TemplateError {
		if (RenderThreads.runaways() >= RenderThreads.MAX_RUNAWAYS) {
			throw tooManyRunaways(displayName);
		}
		Template template;
		try {
			// every template loaded through the configuration gets interruption checks and the policy
			template = cfg.getTemplate(name);
		} catch (TemplatePolicy.RefusedConstructException e) {
			throw refused(displayName, e);
		} catch (ParseException e) {
			throw error(displayName, e);
		} catch (IOException e) {
			throw new TemplateError(displayName, 0, 0, null,
					"the template cannot be loaded (" + e.getMessage() + ")", e);
		} catch (SecurityException e) {
			throw new TemplateError(displayName, 0, 0, null,
					"refused: the template lies outside the template folders", e);
		}
		StringWriter buffer = new StringWriter();
		try {
			RenderThreads.run(() -> {
				template.process(model, new CappedWriter(buffer, maxOutput));
				return null;
			}, timeLimit);
		} catch (RenderThreads.NotCompleted e) {
			throw notCompleted(displayName, e);
		} catch (ExecutionException e) {
			throw translate(displayName, e.getCause());
		}
		return buffer.toString();
	}

	/**
	 * Runs work that renders (e.g. a whole report: its decision support, data view and template) in a render
	 * thread under the time limit, and returns at once. Renders inside it run in the same thread, under the
	 * same limit. The future completes in the render thread, with the result or a {@link TemplateError}
	 * (whatever the work throws otherwise is passed on as it is); what depends on it runs there too and must
	 * be short.
	 *
	 * @param displayName how to name the template in messages when the work is stopped
	 */
	public <T> CompletableFuture<T> submit(String displayName, Callable<T> work) {
		if (RenderThreads.runaways() >= RenderThreads.MAX_RUNAWAYS) {
			return CompletableFuture.failedFuture(tooManyRunaways(displayName));
		}
		CompletableFuture<T> result = new CompletableFuture<>();
		RenderThreads.submit(work, timeLimit).whenComplete((value, failure) -> {
			if (failure == null) {
				result.complete(value);
			} else if (failure instanceof RenderThreads.NotCompleted e) {
				result.completeExceptionally(notCompleted(displayName, e));
			} else {
				result.completeExceptionally(failure);
			}
		});
		return result;
	}

	private TemplateError notCompleted(String displayName, RenderThreads.NotCompleted e) {
		return switch (e.outcome) {
		case STOPPED -> new TemplateError(displayName, 0, 0, null, "rendering took longer than the limit of "
				+ timeLimit.toMillis() + " ms and was stopped; look for a loop that does not end", e);
		case RUNAWAY -> new TemplateError(displayName, 0, 0, null, "rendering took longer than the limit of "
				+ timeLimit.toMillis() + " ms and could not be stopped; correct or revert this template", e);
		case INTERRUPTED -> new TemplateError(displayName, 0, 0, null, "rendering was interrupted", e);
		};
	}

	private static TemplateError tooManyRunaways(String displayName) {
		return new TemplateError(displayName, 0, 0, null, RenderThreads.runaways()
				+ " earlier renders could not be stopped and still run, so no report is rendered now;"
				+ " restart the workstation and correct or revert the department template that loops", null);
	}

	private TemplateError translate(String displayName, Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof TemplatePolicy.RefusedConstructException refused) {
				return refused(displayName, refused);
			}
		}
		if (cause instanceof TemplateException te) {
			Throwable root = te.getCause();
			if (root instanceof OutputLimitException) {
				return new TemplateError(displayName, te.getLineNumber() == null ? 0 : te.getLineNumber(),
						te.getColumnNumber() == null ? 0 : te.getColumnNumber(), te.getBlamedExpressionString(),
						root.getMessage(), te);
			}
			String name = te.getTemplateSourceName() != null && !te.getTemplateSourceName().equals(displayName)
					&& !displayName.endsWith("/" + te.getTemplateSourceName()) ? te.getTemplateSourceName()
							: displayName;
			return new TemplateError(name, te.getLineNumber() == null ? 0 : te.getLineNumber(),
					te.getColumnNumber() == null ? 0 : te.getColumnNumber(), te.getBlamedExpressionString(),
					firstLine(te.getMessageWithoutStackTop()), te);
		}
		if (cause instanceof OutputLimitException) {
			return new TemplateError(displayName, 0, 0, null, cause.getMessage(), cause);
		}
		if (cause != null && cause.getClass().getName().endsWith("TemplateProcessingThreadInterruptedException")) {
			return new TemplateError(displayName, 0, 0, null,
					"rendering took longer than the limit of " + timeLimit.toMillis() + " ms and was stopped", cause);
		}
		String message = cause == null ? "unknown error" : cause.getClass().getSimpleName()
				+ (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage()));
		return new TemplateError(displayName, 0, 0, null, message, cause);
	}

	private static TemplateError refused(String displayName, TemplatePolicy.RefusedConstructException e) {
		String name = e.templateName == null || displayName.endsWith("/" + e.templateName) ? displayName
				: e.templateName;
		return new TemplateError(name, e.line, e.column, null, "refused: " + e.getMessage(), e);
	}

	private static TemplateError error(String displayName, ParseException e) {
		return new TemplateError(displayName, e.getLineNumber(), e.getColumnNumber(), null,
				"syntax error: " + firstLine(e.getEditorMessage()), e);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		String text = message.strip();
		int newline = text.indexOf('\n');
		text = newline > 0 ? text.substring(0, newline) : text;
		return text.length() > 300 ? text.substring(0, 300) + "..." : text;
	}

	/** The output cap was reached. */
	static final class OutputLimitException extends IOException {
		private static final long serialVersionUID = 1L;

		OutputLimitException(int limit) {
			super("the output exceeded the limit of " + limit + " characters and was stopped");
		}
	}

	/** A writer that stops at a size limit. */
	private static final class CappedWriter extends Writer {
		private final Writer out;
		private final int limit;
		private int written;

		CappedWriter(Writer out, int limit) {
			this.out = out;
			this.limit = limit;
		}

		@Override
		public void write(char[] chars, int offset, int length) throws IOException {
			written += length;
			if (written > limit) {
				throw new OutputLimitException(limit);
			}
			if (Thread.currentThread().isInterrupted()) {
				throw new IOException("rendering was stopped");
			}
			out.write(chars, offset, length);
		}

		@Override
		public void flush() throws IOException {
			out.flush();
		}

		@Override
		public void close() throws IOException {
			out.close();
		}
	}

	/**
	 * Loads the templates of a template plugin through the plugin itself, or
	 * (provider null) our macro library from this bundle's {@code ftl/} folder.
	 */
	private static final class ProviderTemplateLoader implements TemplateLoader {
		private final TemplateProvider provider;

		ProviderTemplateLoader(TemplateProvider provider) {
			this.provider = provider;
		}

		@Override
		public Object findTemplateSource(String name) {
			if (provider == null) {
				return name.startsWith("lib/") ? SandboxedRenderer.class.getResource("/ftl/" + name) : null;
			}
			return name.startsWith("lib/") ? null : provider.templateResource(name);
		}

		@Override
		public long getLastModified(Object source) {
			return -1;
		}

		@Override
		public Reader getReader(Object source, String encoding) throws IOException {
			InputStream in = ((URL) source).openStream();
			return new InputStreamReader(in, StandardCharsets.UTF_8);
		}

		@Override
		public void closeTemplateSource(Object source) {
			// nothing held open
		}
	}
}
