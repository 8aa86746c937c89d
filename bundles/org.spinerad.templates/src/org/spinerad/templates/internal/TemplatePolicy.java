package org.spinerad.templates.internal;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import freemarker.core.TemplateObject;
import freemarker.template.Template;

/**
 * Refuses the constructs of a department template whose work FreeMarker does
 * in Java, out of reach of the thread interruption that stops a runaway render:
 * {@code ?interpret} and {@code ?eval} (code made at run time) and local lambdas
 * ({@code x -> ...}, evaluated inside {@code ?filter}, {@code ?map},
 * {@code ?take_while}, {@code ?drop_while}). A {@code #function} passed to those
 * built-ins does the same job and its loops can be stopped.
 * <p>
 * The parsed template is walked through its fields, because FreeMarker offers no
 * public visitor for expressions; string interpolations are walked too.
 */
final class TemplatePolicy {

	private static final Map<String, String> REFUSED = Map.of(
			"freemarker.core.Interpret", "?interpret is not allowed in report templates; write the template text directly",
			"freemarker.core.BuiltInsForStringsMisc$evalBI", "?eval is not allowed in report templates; write the expression directly",
			"freemarker.core.LocalLambdaExpression", "lambdas (x -> ...) are not allowed in report templates; pass the name of a #function instead");
	private static final int MAX_NODES = 500_000;

	private TemplatePolicy() {
	}

	/** A construct the sandbox does not run. */
	static final class RefusedConstructException extends java.io.IOException {
		private static final long serialVersionUID = 1L;
		final String templateName;
		final int line;
		final int column;

		RefusedConstructException(String templateName, int line, int column, String message) {
			super(message);
			this.templateName = templateName;
			this.line = line;
			this.column = column;
		}
	}

	/** @throws RefusedConstructException naming the first refused construct and where it is */
	static void check(Template template) throws RefusedConstructException {
		Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Object> todo = new ArrayDeque<>();
		todo.push(template.getRootTreeNode());
		while (!todo.isEmpty()) {
			Object node = todo.pop();
			if (node == null || !seen.add(node)) {
				continue;
			}
			if (seen.size() > MAX_NODES) {
				throw new RefusedConstructException(template.getSourceName(), 0, 0,
						"the template is too large to be checked; split it into smaller files");
			}
			String refused = REFUSED.get(node.getClass().getName());
			if (refused != null) {
				TemplateObject at = (TemplateObject) node;
				throw new RefusedConstructException(template.getSourceName(), at.getBeginLine(), at.getBeginColumn(),
						refused);
			}
			children(node, todo);
		}
	}

	private static void children(Object node, Deque<Object> todo) {
		if (node instanceof Collection<?> c) {
			c.stream().filter(x -> x != null).forEach(todo::push);
			return;
		}
		if (node.getClass().isArray()) {
			if (!node.getClass().getComponentType().isPrimitive()) {
				for (int i = 0; i < Array.getLength(node); i++) {
					Object element = Array.get(node, i);
					if (element != null) { // e.g. the unused slots of a directive's child array
						todo.push(element);
					}
				}
			}
			return;
		}
		if (!node.getClass().getName().startsWith("freemarker.core.")) {
			return;
		}
		for (Class<?> type = node.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()
						|| field.getType() == String.class || Template.class.isAssignableFrom(field.getType())) {
					continue;
				}
				try {
					field.setAccessible(true);
					Object value = field.get(node);
					if (value != null && (value instanceof TemplateObject || value instanceof Collection<?>
							|| value.getClass().isArray() || value.getClass().getName().startsWith("freemarker.core."))) {
						todo.push(value);
					}
				} catch (ReflectiveOperationException | RuntimeException e) {
					// a field we cannot read holds no template code we could miss: parse nodes are plain fields
				}
			}
		}
	}
}
