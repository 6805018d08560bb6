// The small part of Office.js (WordApi) this task pane uses, typed here so the build needs
// no Office typings. Everything else in Office.js is deliberately not used.
declare namespace Office {
  const HostType: { Word: string };
  function onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  const context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    displayLanguage?: string;
  };
}

declare namespace Word {
  type InsertLocation = 'Replace' | 'Start' | 'End' | 'Before' | 'After';
  interface ClientObject {
    load(props?: string): this;
  }
  interface RequestContext {
    document: Document;
    application: Application;
    sync(): Promise<void>;
  }
  interface Application {
    createDocument(base64?: string): DocumentCreated;
  }
  interface DocumentCreated extends ClientObject {
    body: Body;
    open(): void;
  }
  interface Document extends ClientObject {
    body: Body;
    sections: SectionCollection;
    changeTrackingMode: string;
    onParagraphChanged: { add(handler: (event: unknown) => Promise<void> | void): unknown };
  }
  interface SectionCollection extends ClientObject {
    items: Section[];
  }
  interface Section extends ClientObject {
    getHeader(type: 'Primary' | 'FirstPage' | 'EvenPages'): Body;
    getFooter(type: 'Primary' | 'FirstPage' | 'EvenPages'): Body;
  }
  interface Body extends ClientObject {
    paragraphs: ParagraphCollection;
    getComments(): CommentCollection;
    insertHtml(html: string, location: InsertLocation): Range;
  }
  interface ParagraphCollection extends ClientObject {
    items: Paragraph[];
  }
  interface Paragraph extends ClientObject {
    text: string;
    search(text: string, options?: { matchCase?: boolean }): RangeCollection;
    insertAnnotations(annotations: { critiques: { colorScheme: string; start: number; length: number }[] }): { value: string[] };
    getAnnotations(): AnnotationCollection;
  }
  interface AnnotationCollection extends ClientObject {
    items: { id: string; delete(): void }[];
  }
  interface RangeCollection extends ClientObject {
    items: Range[];
  }
  interface Range extends ClientObject {
    text: string;
    select(): void;
    insertText(text: string, location: InsertLocation): Range;
    insertComment(text: string): Comment;
    expandTo(range: Range): Range;
    delete(): void;
  }
  interface CommentCollection extends ClientObject {
    items: Comment[];
  }
  interface Comment extends ClientObject {
    content: string;
    delete(): void;
  }
  function run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T>;
}
