//! How the article's text is laid out on the page: one block per line of the
//! text, each holding sentences and the gaps between them, and the blocks
//! grouped into chunks of a few thousand bytes.
//!
//! Blocks keep a tag's glyph from re-flowing the whole article: a sentence
//! whose look changes size makes the browser lay out its own line only.
//! Chunks are what the page renders lazily: near the viewport a chunk is one
//! element per sentence; elsewhere it is its plain text, which reads and
//! searches the same. Chunks never split a line, so swapping one form for
//! the other moves no line break but a tagged sentence's glyphs.

use std::ops::Range;

use super::document::AnnotatedDocument;

/// One piece of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// Text between sentences, as a byte range of the article's text.
    Gap(usize, usize),
    /// Sentence `i` of the document.
    Sentence(usize),
}

/// A run of chunks' worth of blocks, with where it lies in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    /// Indices into [`Layout::blocks`].
    pub blocks: Range<usize>,
    /// The sentences it holds.
    pub sentences: Range<usize>,
    /// Its text, as a byte range; the chunks tile the whole text in order.
    pub bytes: Range<usize>,
    /// Where it starts, in UTF-16 code units (the DOM's offsets).
    pub utf16_start: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    pub blocks: Vec<Vec<Item>>,
    pub chunks: Vec<Chunk>,
}

/// About how much text one chunk holds: a screen shows some 2,500 bytes of
/// prose, so a few chunks cover the view and a chunk renders in a few ms.
pub const CHUNK_BYTES: usize = 4096;

impl Layout {
    /// Lays out `doc` with chunks of about `chunk_bytes` bytes (more when a
    /// single line is longer).
    pub fn of(doc: &AnnotatedDocument, chunk_bytes: usize) -> Layout {
        let text = doc.text();
        let offsets = doc.offsets();
        let byte = |c: usize| offsets.char_to_byte(c).unwrap_or(text.len());
        let mut blocks: Vec<Vec<Item>> = Vec::new();
        let mut block: Vec<Item> = Vec::new();
        let mut previous_end = 0;
        for (i, sentence) in doc.sentences.iter().enumerate() {
            let (from, to) = (
                byte(previous_end),
                byte(sentence.start).max(byte(previous_end)),
            );
            previous_end = sentence.end.max(previous_end);
            // A gap that holds a line break ends the block after its first
            // break; the rest opens the next block, so the blocks render as
            // the text's own lines.
            match text[from..to].find('\n') {
                Some(at) if !block.is_empty() => {
                    block.push(Item::Gap(from, from + at + 1));
                    blocks.push(std::mem::take(&mut block));
                    if from + at + 1 < to {
                        block.push(Item::Gap(from + at + 1, to));
                    }
                }
                _ if from < to => block.push(Item::Gap(from, to)),
                _ => {}
            }
            block.push(Item::Sentence(i));
        }
        let tail = byte(previous_end);
        if tail < text.len() {
            block.push(Item::Gap(tail, text.len()));
        }
        if !block.is_empty() {
            blocks.push(block);
        }
        let chunks = chunk(&blocks, doc, chunk_bytes);
        Layout { blocks, chunks }
    }

    /// The chunk holding sentence `i`.
    pub fn chunk_of(&self, sentence: usize) -> Option<usize> {
        let k = self.chunks.partition_point(|c| c.sentences.end <= sentence);
        self.chunks
            .get(k)
            .filter(|c| c.sentences.contains(&sentence))
            .map(|_| k)
    }
}

/// Groups `blocks` into chunks of at least `chunk_bytes` bytes (the last may
/// be shorter).
fn chunk(blocks: &[Vec<Item>], doc: &AnnotatedDocument, chunk_bytes: usize) -> Vec<Chunk> {
    let text = doc.text();
    let offsets = doc.offsets();
    let byte = |c: usize| offsets.char_to_byte(c).unwrap_or(text.len());
    let bounds = |item: &Item| match *item {
        Item::Gap(a, b) => (a, b),
        Item::Sentence(i) => (byte(doc.sentences[i].start), byte(doc.sentences[i].end)),
    };
    let mut chunks = Vec::new();
    let mut first_block = 0;
    let mut start = 0;
    let mut first_sentence = 0;
    let mut sentence_end = 0;
    for (b, block) in blocks.iter().enumerate() {
        for item in block {
            if let Item::Sentence(i) = item {
                sentence_end = i + 1;
            }
        }
        let end = block.last().map_or(start, |item| bounds(item).1);
        let last = b + 1 == blocks.len();
        if end - start >= chunk_bytes || last {
            let end = if last { text.len() } else { end };
            let utf16_start = offsets
                .byte_to_char(start)
                .and_then(|c| offsets.char_to_utf16(c))
                .unwrap_or(0);
            chunks.push(Chunk {
                blocks: first_block..b + 1,
                sentences: first_sentence..sentence_end.max(first_sentence),
                bytes: start..end,
                utf16_start,
            });
            first_block = b + 1;
            start = end;
            first_sentence = sentence_end.max(first_sentence);
        }
    }
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> AnnotatedDocument {
        AnnotatedDocument::from_text(text, "2026-01-01T00:00:00Z")
    }

    fn block_text(layout: &Layout, d: &AnnotatedDocument, b: usize) -> String {
        layout.blocks[b]
            .iter()
            .map(|item| match *item {
                Item::Gap(a, b) => d.text()[a..b].to_string(),
                Item::Sentence(i) => d.sentences[i].text.clone(),
            })
            .collect()
    }

    const ARTICLE: &str = "Storm Orla Hits the Coast\n\nBy Ana Ruiz\n\nWinds reached 140 km/h. \
        \"Stay indoors,\" the mayor said. Schools closed.\n\n- Roads shut\n- Ferries cancelled\n\n\
        More rain is due on Friday.\n";

    #[test]
    fn blocks_are_the_texts_lines_and_rebuild_it_exactly() {
        let d = doc(ARTICLE);
        let layout = Layout::of(&d, 1);
        let joined: String = (0..layout.blocks.len())
            .map(|b| block_text(&layout, &d, b))
            .collect();
        assert_eq!(joined, ARTICLE);
        for b in 0..layout.blocks.len() - 1 {
            let text = block_text(&layout, &d, b);
            // A blank line opens the block that follows it.
            let line = text.trim_start_matches('\n');
            assert_eq!(line.matches('\n').count(), 1, "block {b}: {text:?}");
            assert!(text.ends_with('\n'), "block {b}: {text:?}");
        }
        let winds = (0..layout.blocks.len())
            .map(|b| block_text(&layout, &d, b))
            .find(|t| t.contains("Winds"))
            .unwrap();
        assert!(
            winds.contains("Schools closed."),
            "one line, one block: {winds:?}"
        );
    }

    #[test]
    fn chunks_tile_the_text_and_hold_every_sentence_once() {
        let long: String = (0..400)
            .map(|n| format!("Paragraph {n} says one thing. And then another.\n\n"))
            .collect();
        let d = doc(&long);
        let layout = Layout::of(&d, 1000);
        assert!(layout.chunks.len() > 10);
        let mut at = 0;
        let mut next_sentence = 0;
        for c in &layout.chunks {
            assert_eq!(c.bytes.start, at);
            assert_eq!(c.sentences.start, next_sentence);
            let chunk_text = d.text()[c.bytes.clone()].trim_start_matches('\n');
            assert!(chunk_text.starts_with("Paragraph"), "{chunk_text:?}");
            at = c.bytes.end;
            next_sentence = c.sentences.end;
        }
        assert_eq!(at, d.text().len());
        assert_eq!(next_sentence, d.sentences.len());
        for i in [0, 1, 399, d.sentences.len() - 1] {
            let k = layout.chunk_of(i).unwrap();
            assert!(layout.chunks[k].sentences.contains(&i));
            let s = &d.sentences[i];
            let bytes = &layout.chunks[k].bytes;
            let start = d.offsets().char_to_byte(s.start).unwrap();
            assert!(bytes.contains(&start));
        }
        assert_eq!(layout.chunk_of(d.sentences.len()), None);
    }

    #[test]
    fn a_chunk_knows_its_utf16_start_past_astral_characters() {
        let text = "😀 Emoji first line.\n\nSecond line here.\n";
        let d = doc(text);
        let layout = Layout::of(&d, 1);
        let second = layout.chunks.last().unwrap();
        let before = &text[..second.bytes.start];
        assert_eq!(second.utf16_start, before.encode_utf16().count());
    }

    #[test]
    fn text_without_sentences_is_one_plain_chunk() {
        let d = doc("   \n\n  ");
        let layout = Layout::of(&d, 10);
        assert_eq!(layout.chunks.len(), 1);
        assert_eq!(layout.chunks[0].bytes, 0..d.text().len());
        assert!(layout.chunks[0].sentences.is_empty());
    }
}
