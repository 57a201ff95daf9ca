import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import {
  CodeEditor,
  configureMonacoLoader,
  indentSelection,
  indentUnitFor,
  monacoOptions,
  outdentSelection,
  shortcutFor,
  tabSizeFor,
} from "./code-editor";

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("shortcuts", () => {
  it("runs on Ctrl/Cmd+Enter and submits on Ctrl/Cmd+Shift+Enter", () => {
    expect(shortcutFor(key("Enter", { ctrlKey: true }))).toBe("run");
    expect(shortcutFor(key("Enter", { metaKey: true }))).toBe("run");
    expect(shortcutFor(key("Enter", { ctrlKey: true, shiftKey: true }))).toBe("submit");
    expect(shortcutFor(key("Enter", { metaKey: true, shiftKey: true }))).toBe("submit");
  });

  it("leaves other keys alone", () => {
    expect(shortcutFor(key("Enter"))).toBeNull();
    expect(shortcutFor(key("Enter", { shiftKey: true }))).toBeNull();
    expect(shortcutFor(key("Enter", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(shortcutFor(key("s", { ctrlKey: true }))).toBeNull();
  });
});

describe("indentation", () => {
  it("uses 4 spaces for Python and 2 for JavaScript and TypeScript", () => {
    expect(indentUnitFor("python")).toBe("    ");
    expect(indentUnitFor("javascript")).toBe("  ");
    expect(tabSizeFor("typescript")).toBe(2);
  });

  it("inserts an indent at the caret", () => {
    expect(indentSelection("def f():\nreturn 1", 9, 9, "    ")).toEqual({
      value: "def f():\n    return 1",
      selectionStart: 13,
      selectionEnd: 13,
    });
  });

  it("replaces a selection within one line", () => {
    expect(indentSelection("abcdef", 2, 4, "  ")).toEqual({ value: "ab  ef", selectionStart: 4, selectionEnd: 4 });
  });

  it("indents every line of a multi-line selection, skipping empty lines", () => {
    const value = "ab\ncd\n\nef\ngh";
    // from the middle of "ab" to the middle of "ef"
    const edit = indentSelection(value, 1, 8, "  ");
    expect(edit.value).toBe("  ab\n  cd\n\n  ef\ngh");
    expect(edit.value.slice(edit.selectionStart, edit.selectionEnd)).toBe("b\n  cd\n\n  e");
  });

  it("does not indent the line after a selection that ends at its start", () => {
    const edit = indentSelection("a\nb\nc", 0, 4, "  ");
    expect(edit.value).toBe("  a\n  b\nc");
  });

  it("outdents the lines of the selection by at most one unit", () => {
    expect(outdentSelection("      x\n  y\nz", 8, 12, "    ")).toEqual({
      value: "      x\ny\nz",
      selectionStart: 8,
      selectionEnd: 10,
    });
    const edit = outdentSelection("    a\n      b", 4, 13, "    ");
    expect(edit.value).toBe("a\n  b");
    expect(edit.selectionStart).toBe(0);
    expect(outdentSelection("x", 1, 1, "  ")).toEqual({ value: "x", selectionStart: 1, selectionEnd: 1 });
  });
});

describe("Monaco configuration", () => {
  it("loads Monaco from the app itself, once", () => {
    const config = vi.fn();
    configureMonacoLoader({ config });
    configureMonacoLoader({ config });
    expect(config).toHaveBeenCalledTimes(1);
    expect(config).toHaveBeenCalledWith({ paths: { vs: "/monaco/vs" } });
  });

  it("sets the editor options per language", () => {
    expect(monacoOptions("python", "Code")).toMatchObject({
      minimap: { enabled: false },
      fontSize: 14,
      automaticLayout: true,
      scrollBeyondLastLine: false,
      tabSize: 4,
      ariaLabel: "Code",
    });
    expect(monacoOptions("typescript", "Code").tabSize).toBe(2);
  });
});

describe("<CodeEditor> on the server", () => {
  it("renders a plain textarea that is the form field until hydration", () => {
    const html = renderToString(
      createElement(CodeEditor, { value: "print(1)\n", language: "python", onChange: () => {}, ariaLabel: "Python code", name: "code" }),
    );
    expect(html).toContain('data-testid="code-editor"');
    expect(html).toContain('data-editor="textarea"');
    expect(html).toMatch(/<textarea[^>]*class="code"[^>]*name="code"/);
    expect(html).toContain('aria-label="Python code"');
    expect(html).toContain("print(1)");
    expect(html).not.toContain('type="hidden"');
  });
});
