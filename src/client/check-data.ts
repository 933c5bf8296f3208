/** The "ตรวจข้อมูล" dialog (~520×420): checks at once and lists every bad cell. */

import { MENU } from '../core/messages';
import { createCheckDataSection } from './check-data-section';
import { createErrorBanner } from './error-banner';
import { server } from './server';

function main(app: HTMLElement): void {
  document.title = MENU.checkDataTitle;
  const banner = createErrorBanner();
  const section = createCheckDataSection({ server, banner, headingLevel: 'h1' });
  app.replaceChildren(banner.element, section.element);
  void section.run();
}

const app = document.getElementById('app');
if (app !== null) main(app);
