import { auditEveryPage } from './page-audit.ts';

auditEveryPage('dark');
