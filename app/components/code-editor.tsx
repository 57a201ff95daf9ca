import type { OnMount } from "@monaco-editor/react";
import { Component, lazy, Suspense, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";

// A plain <textarea> on the server and until the page is hydrated; then Monaco, loaded lazily
// from the app itself (/monaco/vs, copied by scripts/copy-assets.js — never a CDN). If Monaco
// cannot load, the textarea stays: it has the same shortcuts and indents with Tab.

export type EditorLanguage = "python" | "javascript" | "typescript" | "sql";

/** Where scripts/copy-assets.js puts Monaco's AMD build; the server serves it. */
export const MONACO_VS_PATH = "/monaco/vs";

export function tabSizeFor(language: EditorLanguage): number {
  return language === "python" ? 4 : 2;
}

export function indentUnitFor(language: EditorLanguage): string {
  return " ".repeat(tabSizeFor(language));
}

// Monaco's "vs" colours SQL operators, built-in functions and strings below the
// WCAG AA contrast ratio on white (#778899, #FF00FF, #FF0000): the SQL editor
// uses the same theme with darker shades of those colours.
const SQL_THEME = "loopwright-sql";
function defineSqlTheme(monaco: { editor: { defineTheme(name: string, theme: object): void } }) {
  monaco.editor.defineTheme(SQL_THEME, {
    base: "vs",
    inherit: true,
    rules: [
      { token: "operator.sql", foreground: "4a5560" },
      { token: "predefined.sql", foreground: "9c0099" },
      { token: "string.sql", foreground: "a31515" },
    ],
    colors: {},
  });
}

/** Options for Monaco's editor. */
export function monacoOptions(language: EditorLanguage, ariaLabel: string) {
  return {
    minimap: { enabled: false },
    fontSize: 14,
    automaticLayout: true,
    scrollBeyondLastLine: false,
    tabSize: tabSizeFor(language),
    insertSpaces: true,
    detectIndentation: false,
    ariaLabel,
    fixedOverflowWidgets: true,
    // "dimmed" greys the last line's number below WCAG AA contrast
    renderFinalNewline: "on",
  } as const;
}

type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

/** Ctrl/Cmd+Enter runs, Ctrl/Cmd+Shift+Enter submits. */
export function shortcutFor(event: KeyLike): "run" | "submit" | null {
  if (event.key !== "Enter" || event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  return event.shiftKey ? "submit" : "run";
}

export type TextEdit = { value: string; selectionStart: number; selectionEnd: number };

/** Offsets of the first and past-the-last characters of the lines the selection touches. */
function lineRange(value: string, start: number, end: number) {
  const from = value.lastIndexOf("\n", start - 1) + 1;
  // A selection ending right at the start of a line does not take that line along.
  const last = end > start && value[end - 1] === "\n" ? end - 1 : end;
  const next = value.indexOf("\n", last);
  return { from, to: next === -1 ? value.length : next };
}

/**
 * Tab: with no selection or a selection within one line, replace it by one indent unit;
 * with a selection over several lines, indent each of those lines.
 */
export function indentSelection(value: string, start: number, end: number, unit: string): TextEdit {
  const selected = value.slice(start, end);
  if (!selected.includes("\n")) {
    const next = value.slice(0, start) + unit + value.slice(end);
    return { value: next, selectionStart: start + unit.length, selectionEnd: start + unit.length };
  }
  const { from, to } = lineRange(value, start, end);
  const lines = value.slice(from, to).split("\n");
  const block = lines.map((line) => (line.length > 0 ? unit + line : line)).join("\n");
  const firstAdded = lines[0].length > 0 ? unit.length : 0;
  return {
    value: value.slice(0, from) + block + value.slice(to),
    selectionStart: start + firstAdded,
    selectionEnd: end + (block.length - (to - from)),
  };
}

/** Shift+Tab: remove up to one indent unit of leading spaces from each line the selection touches. */
export function outdentSelection(value: string, start: number, end: number, unit: string): TextEdit {
  const { from, to } = lineRange(value, start, end);
  const lines = value.slice(from, to).split("\n");
  const removed = lines.map((line) => {
    const spaces = /^ */.exec(line)![0].length;
    return line.startsWith("\t") ? 1 : Math.min(spaces, unit.length);
  });
  const block = lines.map((line, i) => line.slice(removed[i])).join("\n");
  const firstRemoved = Math.min(removed[0], start - from);
  return {
    value: value.slice(0, from) + block + value.slice(to),
    selectionStart: start - firstRemoved,
    selectionEnd: Math.max(start - firstRemoved, end - (to - from - block.length)),
  };
}

let loaderConfigured = false;

/** Points @monaco-editor/react's loader at our own copy of Monaco, once, before any editor mounts. */
export function configureMonacoLoader(loader: { config: (options: { paths: { vs: string } }) => void }) {
  if (loaderConfigured) return;
  loader.config({ paths: { vs: MONACO_VS_PATH } });
  loaderConfigured = true;
}

const MonacoEditor = lazy(async () => {
  const { default: Editor, loader } = await import("@monaco-editor/react");
  configureMonacoLoader(loader);
  // Load Monaco before handing over: if /monaco/vs fails, this throws and the textarea stays.
  await loader.init();
  return { default: Editor };
});

class MonacoBoundary extends Component<{ fallback: ReactNode; onError: () => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    console.warn("The code editor could not load; using the plain text editor instead.", error);
    this.props.onError();
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

const useBrowserLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

let editorCount = 0;

/** A problem Monaco's language service found (TypeScript type errors), in 1-based positions. */
export type Diagnostic = { line: number; column: number; message: string; severity: "error" | "warning" };

export type CodeEditorProps = {
  value: string;
  language: EditorLanguage;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter */
  onRun?: (value: string) => void;
  /** Ctrl/Cmd+Shift+Enter */
  onSubmit?: (value: string) => void;
  onBlur?: (value: string) => void;
  /** What the editor's language service reports for the code, whenever that changes (Monaco only). */
  onDiagnostics?: (diagnostics: Diagnostic[]) => void;
  ariaLabel: string;
  /** px, or any CSS length (default 320). */
  height?: number | string;
  /** With a name, the current code is in the enclosing form under that name. */
  name?: string;
  className?: string;
};

export function CodeEditor({
  value,
  language,
  onChange,
  onRun,
  onSubmit,
  onBlur,
  onDiagnostics,
  ariaLabel,
  height = 320,
  name,
  className,
}: CodeEditorProps) {
  const hintId = useId();
  const [hydrated, setHydrated] = useState(false);
  const [failed, setFailed] = useState(false);
  const [live, setLive] = useState<"textarea" | "monaco">("textarea");
  // The editor's own copy of the code, so it keeps working (and the form field stays right)
  // even if the parent is slow to pass `value` back.
  const [text, setText] = useState(value);
  // Monaco is not controlled through its `value` prop: its model changes synchronously with each
  // keystroke while React renders later, so pushing `value` back would undo fast typing. Only a
  // change the parent makes on its own (say, a reset to the starter code) is pushed, by hand.
  const recentlyEmitted = useRef<string[]>([]);
  const [lastValue, setLastValue] = useState(value);
  const [externalEdits, setExternalEdits] = useState(0);
  if (value !== lastValue) {
    setLastValue(value);
    if (value !== text && !recentlyEmitted.current.includes(value)) {
      setText(value);
      setExternalEdits((n) => n + 1);
    }
  }
  const monacoEditor = useRef<Parameters<OnMount>[0] | null>(null);
  useEffect(() => {
    const editor = monacoEditor.current;
    const model = editor?.getModel();
    if (!editor || !model || editor.getValue() === text) return;
    editor.executeEdits("external", [{ range: model.getFullModelRange(), text, forceMoveMarkers: true }]);
    editor.pushUndoStop();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on a change from outside
  }, [externalEdits]);
  const options = useMemo(() => monacoOptions(language, ariaLabel), [language, ariaLabel]);

  const callbacks = useRef({ onChange, onRun, onSubmit, onBlur, onDiagnostics });
  callbacks.current = { onChange, onRun, onSubmit, onBlur, onDiagnostics };
  const syncShortcuts = useRef<() => void>(() => {});
  useEffect(() => syncShortcuts.current(), [Boolean(onRun), Boolean(onSubmit)]);

  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const textareaFocused = useRef(false);
  const caret = useRef(0);
  const pendingSelection = useRef<[number, number] | null>(null);
  const tabLeaves = useRef(false);

  useEffect(() => setHydrated(true), []);

  useBrowserLayoutEffect(() => {
    const sel = pendingSelection.current;
    if (sel && textarea.current) {
      textarea.current.setSelectionRange(sel[0], sel[1]);
      pendingSelection.current = null;
    }
  });

  const change = (next: string) => {
    recentlyEmitted.current = [...recentlyEmitted.current.slice(-19), next];
    setText(next);
    callbacks.current.onChange(next);
  };

  const applyEdit = (edit: TextEdit) => {
    pendingSelection.current = [edit.selectionStart, edit.selectionEnd];
    caret.current = edit.selectionStart;
    change(edit.value);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    const el = event.currentTarget;
    const shortcut = shortcutFor(event);
    const handler = shortcut === "run" ? callbacks.current.onRun : shortcut === "submit" ? callbacks.current.onSubmit : undefined;
    if (handler) {
      event.preventDefault();
      handler(el.value);
      return;
    }
    if (event.key === "Escape") {
      // Keyboard users leave the field with Esc, then Tab (Tab itself indents).
      tabLeaves.current = true;
      return;
    }
    if (event.key === "Tab" && !event.ctrlKey && !event.metaKey && !event.altKey && !tabLeaves.current) {
      event.preventDefault();
      const unit = indentUnitFor(language);
      const { selectionStart: start, selectionEnd: end } = el;
      applyEdit(event.shiftKey ? outdentSelection(el.value, start, end, unit) : indentSelection(el.value, start, end, unit));
      return;
    }
    tabLeaves.current = false;
  };

  const showMonaco = hydrated && !failed;
  const style = { height: typeof height === "number" ? `${height}px` : height };

  const plain = (
    <textarea
      ref={textarea}
      className="code"
      // Before hydration (or with no JavaScript) the textarea itself is the form field.
      name={hydrated ? undefined : name}
      value={text}
      onChange={(e) => {
        caret.current = e.currentTarget.selectionStart;
        change(e.currentTarget.value);
      }}
      onKeyDown={onKeyDown}
      onSelect={(e) => {
        caret.current = e.currentTarget.selectionStart;
      }}
      onFocus={() => {
        textareaFocused.current = true;
      }}
      onBlur={(e) => {
        const el = e.currentTarget;
        tabLeaves.current = false;
        // Removed because Monaco took its place: remember the focus, so Monaco takes it over.
        queueMicrotask(() => {
          if (el.isConnected) textareaFocused.current = false;
        });
        callbacks.current.onBlur?.(el.value);
      }}
      aria-label={ariaLabel}
      aria-describedby={hintId}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      wrap="off"
      style={{ ...style, tabSize: tabSizeFor(language) }}
      data-language={language}
    />
  );

  const handleMount: OnMount = (editor, monaco) => {
    monacoEditor.current = editor;
    editor.onDidDispose(() => {
      if (monacoEditor.current === editor) monacoEditor.current = null;
    });
    const id = ++editorCount;
    // Monaco's keybindings are global to the page (microsoft/monaco-editor#2947): these keys
    // make each editor's shortcuts apply only while that editor has focus.
    const runKey = editor.createContextKey<boolean>(`loopwrightRun${id}`, false);
    const submitKey = editor.createContextKey<boolean>(`loopwrightSubmit${id}`, false);
    const sync = () => {
      const focused = editor.hasTextFocus();
      runKey.set(focused && Boolean(callbacks.current.onRun));
      submitKey.set(focused && Boolean(callbacks.current.onSubmit));
    };
    syncShortcuts.current = sync;
    editor.addAction({
      id: `loopwright.run.${id}`,
      label: "Run code",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      precondition: `loopwrightRun${id}`,
      run: (ed) => callbacks.current.onRun?.(ed.getValue()),
    });
    editor.addAction({
      id: `loopwright.submit.${id}`,
      label: "Submit code",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter],
      precondition: `loopwrightSubmit${id}`,
      run: (ed) => callbacks.current.onSubmit?.(ed.getValue()),
    });
    // Monaco's own TypeScript worker type-checks as the candidate types (in the browser, so
    // the server does no work for it); its markers show in the editor and are handed up.
    const reportMarkers = () => {
      const model = editor.getModel();
      if (!model) return;
      type Marker = { severity: number; startLineNumber: number; startColumn: number; message: unknown };
      const markers = monaco.editor.getModelMarkers({ resource: model.uri }) as Marker[];
      callbacks.current.onDiagnostics?.(
        markers
          .filter((m: Marker) => m.severity >= monaco.MarkerSeverity.Warning)
          .map((m: Marker) => ({
            line: m.startLineNumber,
            column: m.startColumn,
            message: typeof m.message === "string" ? m.message : String(m.message),
            severity: m.severity === monaco.MarkerSeverity.Error ? "error" : "warning",
          })),
      );
    };
    const markerListener = monaco.editor.onDidChangeMarkers((uris: readonly { toString(): string }[]) => {
      const model = editor.getModel();
      if (model && uris.some((u: { toString(): string }) => u.toString() === model.uri.toString())) reportMarkers();
    });
    editor.onDidDispose(() => markerListener.dispose());
    editor.onDidFocusEditorText(sync);
    editor.onDidBlurEditorText(() => {
      sync();
      callbacks.current.onBlur?.(editor.getValue());
    });
    if (textareaFocused.current) {
      const position = editor.getModel()?.getPositionAt(caret.current);
      if (position) editor.setPosition(position);
      editor.focus();
    }
    setLive("monaco");
  };

  const classes = ["code-editor", className].filter(Boolean).join(" ");
  return (
    <div className={classes} data-testid="code-editor" data-editor={showMonaco ? live : "textarea"}>
      {showMonaco ? (
        <MonacoBoundary fallback={plain} onError={() => setFailed(true)}>
          <Suspense fallback={plain}>
            <MonacoEditor
              height={style.height}
              language={language}
              defaultValue={text}
              theme={language === "sql" ? SQL_THEME : "vs"}
              beforeMount={defineSqlTheme}
              options={options}
              onChange={(next) => change(next ?? "")}
              onMount={handleMount}
              loading={<div style={style} aria-busy="true" />}
            />
          </Suspense>
        </MonacoBoundary>
      ) : (
        plain
      )}
      {hydrated && name ? <input type="hidden" name={name} value={text} /> : null}
      <p id={hintId} className="visually-hidden">
        {[
          onRun ? "Control+Enter runs the code." : "",
          onSubmit ? "Control+Shift+Enter submits it." : "",
          "Tab indents; press Escape, then Tab, to leave the editor.",
        ]
          .filter(Boolean)
          .join(" ")}
      </p>
    </div>
  );
}
