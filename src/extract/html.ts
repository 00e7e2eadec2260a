/**
 * Saved web pages: tags, scripts and styles are blanked out with spaces (block tags become a line
 * break), so the text keeps its length and every offset still points into the file as read.
 */
const BLOCK = /^<\/?(p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|dd|dt|dl|blockquote|hr)\b/i;

export function maskHtml(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<[^>]*>/gi, (tag) => {
    const keepBreaks = tag.replace(/[^\n]/g, ' ');
    return BLOCK.test(tag) && !tag.includes('\n') ? '\n' + keepBreaks.slice(1) : keepBreaks;
  });
}

export function isHtmlName(name: string): boolean {
  return /\.html?$/i.test(name);
}
