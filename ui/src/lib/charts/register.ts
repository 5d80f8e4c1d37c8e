// Chart.js, tree-shaken: only the controllers, elements, scales and plugins
// the Progress charts use are registered, once, here. Chart.js 4 draws on a
// canvas, injects no <style> and never evaluates code, so it runs under the
// app's CSP (script-src 'self'; style-src 'self'); it sizes the canvas through
// element.style, which the CSP allows.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  TimeScale,
  Tooltip,
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
// Registers the date-fns adapter for the time scale (date-fns is already ours).
import 'chartjs-adapter-date-fns';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  TimeScale,
  Tooltip,
  annotationPlugin,
  MatrixController,
  MatrixElement,
);

export { Chart };
